package org.mcfed.col.record;

/** A skills descriptor; {@code taxonomy} is {@code ESCO} or null, {@code uri} the taxonomy concept if known. */
public record Skill(String label, String taxonomy, String uri) {
    public static Skill free(String label) {
        return new Skill(label, null, null);
    }
}
