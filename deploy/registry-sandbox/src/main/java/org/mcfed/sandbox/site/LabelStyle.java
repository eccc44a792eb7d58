package org.mcfed.sandbox.site;

import java.util.Locale;

/**
 * The cosmetic label variations real register pages show and connectors must tolerate
 * (case, surrounding whitespace, a trailing colon), chosen once per record.
 */
public final class LabelStyle {
    private final int kind;

    /** @param bits stable random bits of the record */
    public LabelStyle(long bits) {
        int r = (int) ((bits >>> 7) % 100);
        this.kind = r < 80 ? 0 : r < 88 ? 1 : r < 93 ? 2 : 3;
    }

    public String apply(String label) {
        switch (kind) {
            case 1: return label + ":";
            case 2: return label.toUpperCase(Locale.ROOT);
            case 3: return "\n    " + label + " :  ";
            default: return label;
        }
    }
}
