package org.mcfed.launcher.eval;

import java.util.Set;

/**
 * One evaluation query: a learner's words for a subject in one UI language, and the records judged
 * relevant to it (every indexed record of that subject, from the sandbox's ground truth).
 *
 * @param concept the subject key shared by the registries' topics
 * @param language BCP 47 tag of the query's language ({@code en}, {@code zh-Hant}, {@code zh-Hans}, {@code ms})
 * @param text what the learner types
 * @param relevant COL ids of the relevant records
 * @param crossLanguage true when no relevant record is published in the query's language, so only a
 *        cross-lingual search can find any of them
 */
public record JudgedQuery(String concept, String language, String text, Set<String> relevant, boolean crossLanguage) {

    /** The query class it is reported under. */
    public String queryClass() {
        return crossLanguage ? "cross-language" : "same-language";
    }
}
