package org.mcfed.index.feed.format;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The node objects of a compacted JSON-LD document, depth first; a language map is a value, not a node. */
final class JsonLdNodes {

    private JsonLdNodes() {
    }

    static List<JsonNode> of(JsonNode document) {
        List<JsonNode> nodes = new ArrayList<>();
        collect(document, nodes);
        return nodes;
    }

    private static void collect(JsonNode value, List<JsonNode> nodes) {
        if (value.isArray()) {
            value.forEach(item -> collect(item, nodes));
        } else if (value.isObject() && !isLanguageMap(value)) {
            nodes.add(value);
            value.elements().forEachRemaining(child -> collect(child, nodes));
        }
    }

    private static boolean isLanguageMap(JsonNode value) {
        return !value.has("@type") && !value.has("type") && !value.has("@value") && !value.has("@id") && !value.has("id")
                && value.size() > 0 && value.elements().next().isTextual();
    }
}
