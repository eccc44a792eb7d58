package org.mcfed.sandbox.truth;

import java.util.Map;

/**
 * A subject shared across registries ({@code cyber-security}) with the query a learner would type
 * for it in each language, keyed by BCP 47 tag ({@code en}, {@code zh-Hant}, {@code zh-Hans}, {@code ms}).
 */
public record Concept(String key, Map<String, String> queries) {
}
