package org.mcfed.col.record;

/** Field of education: the ISCED-F 2013 code derived from the source's own classification, which is kept. */
public record FieldOfEducation(String iscedF, SourceCode source) {

    /** The field as the source classified it: scheme ({@code NZSCED}, {@code NEC}, {@code HKQR-AoST}, {@code ASCED}), code, label. */
    public record SourceCode(String scheme, String code, String label) {
    }

    /** The ISCED-F broad field (first two digits), the search facet; null when there is no code. */
    public String broadField() {
        return iscedF == null || iscedF.length() < 2 ? null : iscedF.substring(0, 2);
    }
}
