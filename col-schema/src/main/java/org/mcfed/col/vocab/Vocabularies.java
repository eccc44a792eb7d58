package org.mcfed.col.vocab;

import org.mcfed.col.compliance.Compliance;

import java.util.List;
import java.util.Set;

/**
 * The controlled vocabularies of the COL record (docs/col-record.md). These are the
 * schema's own enumerations, mirrored in the JSON Schema; the validator checks values against them.
 */
public final class Vocabularies {

    public static final String ACTIVE = "active";
    public static final String ARCHIVED = "archived";
    public static final Set<String> STATUS = Set.of(ACTIVE, ARCHIVED);

    public static final Set<String> MODES_OF_LEARNING = Set.of("online", "onsite", "blended", "experiential");

    public static final Set<String> ASSESSMENT_TYPES =
            Set.of("theory-test", "skill-application", "portfolio", "rpl", "project", "other");

    public static final Set<String> SUPERVISION =
            Set.of("unsupervised-no-id", "supervised-no-id", "supervised-online", "onsite-id-verified");

    public static final Set<String> STACKABILITY_OPTIONS = Set.of("stand-alone", "independent", "integrated", "stackable");

    public static final Set<String> VERIFICATION = Set.of("digital-signature", "blockchain-hash", "verifiable-url");

    public static final Set<String> ISCED_LEVELS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8");

    /** ASEAN Qualifications Reference Framework levels ({@code aqrfLevel}). */
    public static final Set<String> AQRF_LEVELS = Set.of("1", "2", "3", "4", "5", "6", "7", "8");

    /** Taxonomies a skill label may be aligned to ({@code skills[].taxonomy}; null = free text). */
    public static final Set<String> SKILL_TAXONOMIES = Set.of("ESCO");

    /**
     * The COL mandatory elements (Art. VIII.4) by JSON field, in the order of col-record.md; completeness is
     * scored over these. Data with a source per element: {@code compliance/col-mandatory.csv}.
     */
    public static final List<String> MANDATORY_FIELDS = Compliance.standard().elements(Compliance.COL_MANDATORY);

    private Vocabularies() {
    }
}
