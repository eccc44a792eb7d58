package org.mcfed.index.validate;

/** A limit that can cut a check short; the label names it in the answer's summary ({@code "cutBy"}). */
enum CheckLimit {
    RECORDS("records"),
    PAGES("pages"),
    BYTES("bytes"),
    TIME("time");

    private final String label;

    CheckLimit(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
