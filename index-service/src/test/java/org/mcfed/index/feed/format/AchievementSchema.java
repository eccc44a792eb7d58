package org.mcfed.index.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * 1EdTech's published Open Badges 3.0 JSON Schema (README beside it), rooted at its
 * {@code $defs/Achievement}: what an {@code Achievement} must be, with every definition it refers to.
 */
public final class AchievementSchema {

    private static final JsonSchema SCHEMA = load();

    private AchievementSchema() {
    }

    /** The schema's complaints about the JSON; empty when it is a valid Achievement. */
    public static Set<ValidationMessage> validate(JsonNode achievement) {
        return SCHEMA.validate(achievement);
    }

    private static JsonSchema load() {
        try (InputStream in = AchievementSchema.class.getResourceAsStream("ob_v3p0_achievementcredential_schema.json")) {
            ObjectNode published = (ObjectNode) new ObjectMapper().readTree(in);
            // the credential's own root constraints make way for the Achievement definition
            published.remove(java.util.List.of("properties", "required", "type", "additionalProperties", "title", "description"));
            published.put("$ref", "#/$defs/Achievement");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(published);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
