package org.mcfed.index.feed.format;

import org.mcfed.col.record.ColRecord;

import java.util.List;
import java.util.Map;

/** A record's learning outcomes in every language it holds them in, as every output writes them. */
public final class LearningOutcomes {

    /** The BCP 47 tag of outcomes whose language the registry does not state. */
    public static final String UNKNOWN_LANGUAGE = "und";

    private LearningOutcomes() {
    }

    /**
     * {@code learningOutcomesByLanguage}, else the one {@code learningOutcomes} list under
     * {@link #UNKNOWN_LANGUAGE}; null when the record states none.
     */
    public static Map<String, List<String>> byLanguage(ColRecord r) {
        if (r.learningOutcomesByLanguage() != null && !r.learningOutcomesByLanguage().isEmpty()) {
            return r.learningOutcomesByLanguage();
        }
        return r.learningOutcomes() == null || r.learningOutcomes().isEmpty() ? null : Map.of(UNKNOWN_LANGUAGE, r.learningOutcomes());
    }
}
