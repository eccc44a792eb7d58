package org.mcfed.col.record;

/** The awarding body (COL: "name of the awarding body"); {@code id} is source-scoped, {@code url} optional. */
public record AwardingBody(String name, String id, String url) {
    public static AwardingBody named(String name) {
        return name == null ? null : new AwardingBody(name, null, null);
    }
}
