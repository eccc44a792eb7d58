package org.mcfed.launcher.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The evaluation's queries and their judgements, built from the sandbox alone and so independent of
 * the index-service's lexicon: the sandbox's concepts table gives a learner's query for each subject in
 * each UI language ({@code /_sandbox/concepts}), and its ground truth gives every record's subject and
 * the languages its pages publish it in ({@code /_sandbox/truth}). A record is relevant to a query
 * when it has the query's subject and is in the index (a malformed page is rejected, not relevant).
 */
public final class RelevanceJudgements {

    /** The UI languages a learner queries in. */
    public static final List<String> QUERY_LANGUAGES = List.of("en", "zh-Hant", "zh-Hans", "ms");

    private RelevanceJudgements() {
    }

    /**
     * One query per subject and language, for every subject with at least one indexed record.
     *
     * @param concepts the sandbox's concepts table
     * @param truth the sandbox's ground truth
     * @param indexed COL ids in the index
     * @param colId how a source's local id becomes a COL id
     */
    public static List<JudgedQuery> build(JsonNode concepts, JsonNode truth, Set<String> indexed,
                                          BiFunction<String, String, String> colId) {
        Map<String, Set<String>> relevant = new HashMap<>();
        Map<String, Set<String>> publishedIn = new HashMap<>();
        truth.path("sources").fields().forEachRemaining(source -> {
            for (JsonNode r : source.getValue().path("live")) {
                String id = colId.apply(source.getKey(), r.path("id").asText());
                String concept = r.path("concept").asText(null);
                if (concept == null) {
                    throw new IllegalStateException("the sandbox's truth gives no concept for " + id + ": an older sandbox?");
                }
                if (indexed.contains(id)) {
                    relevant.computeIfAbsent(concept, c -> new LinkedHashSet<>()).add(id);
                    Set<String> languages = publishedIn.computeIfAbsent(concept, c -> new HashSet<>());
                    r.path("languages").forEach(l -> languages.add(l.asText()));
                }
            }
        });
        List<JudgedQuery> queries = new ArrayList<>();
        for (JsonNode c : concepts) {
            String key = c.path("key").asText();
            Set<String> rel = relevant.get(key);
            if (rel == null) {
                continue;
            }
            for (String language : QUERY_LANGUAGES) {
                String text = c.path("queries").path(language).asText("").strip();
                if (text.isEmpty()) {
                    throw new IllegalStateException("concept " + key + " has no " + language + " query");
                }
                boolean cross = !publishedIn.get(key).contains(language);
                queries.add(new JudgedQuery(key, language, text, Set.copyOf(rel), cross));
            }
        }
        return List.copyOf(queries);
    }
}
