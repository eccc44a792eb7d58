package org.mcfed.col.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema (validated by networknt, an independent implementation) and {@link ColValidator}
 * agree on a corpus: every valid record passes both; every invalid record fails both at exactly
 * the fields {@code corpus/invalid/expected.tsv} states, for the reason written there.
 */
class SchemaAgreementTest {

    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = ColValidator.class.getClassLoader().getResourceAsStream(ColValidator.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path corpus(String dir) throws URISyntaxException {
        return Path.of(SchemaAgreementTest.class.getClassLoader().getResource("corpus/" + dir).toURI());
    }

    private static JsonNode read(Path file) throws IOException {
        return ColJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Where the schema found problems, in the validator's field notation ({@code skills[0].label}). */
    static Set<String> schemaFields(JsonNode json) {
        return SCHEMA.validate(json).stream().map(SchemaAgreementTest::field).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String field(ValidationMessage m) {
        StringBuilder path = new StringBuilder();
        JsonNodePath location = m.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(element);
            }
        }
        if ("required".equals(m.getType())) {
            path.append(path.isEmpty() ? "" : ".").append(m.getProperty());
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    static Set<String> validatorFields(List<Problem> problems) {
        return problems.stream().map(Problem::field).collect(Collectors.toCollection(TreeSet::new));
    }

    @TestFactory
    Stream<DynamicTest> validRecordsPassBothTheSchemaAndTheValidator() throws Exception {
        try (Stream<Path> files = Files.list(corpus("valid"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(list).hasSizeGreaterThanOrEqualTo(5);
            return list.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                JsonNode json = read(file);
                assertThat(SCHEMA.validate(json)).as("schema").isEmpty();
                Validation v = ColValidator.validate(json);
                assertThat(v.problems()).as("validator").isEmpty();
                ColRecord bound = ColJson.mapper().treeToValue(json, ColRecord.class);
                assertThat(v.record()).isEqualTo(bound);
                assertThat(ColValidator.validate(bound)).as("validator on the bound record").isEmpty();
                assertThat(SCHEMA.validate(ColJson.mapper().valueToTree(bound))).as("schema on the record as ColJson writes it").isEmpty();
            }));
        }
    }

    @TestFactory
    Stream<DynamicTest> invalidRecordsFailBothForTheStatedReason() throws Exception {
        List<String[]> expectations = Files.readAllLines(corpus("invalid").resolve("expected.tsv")).stream()
                .skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        try (Stream<Path> files = Files.list(corpus("invalid"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".json")).map(p -> p.getFileName().toString()))
                    .as("every invalid file has a stated reason").containsExactlyInAnyOrderElementsOf(expectations.stream().map(e -> e[0]).toList());
        }
        return expectations.stream().map(e -> DynamicTest.dynamicTest(e[0] + ": " + e[2], () -> {
            JsonNode json = read(corpus("invalid").resolve(e[0]));
            Set<String> expected = new TreeSet<>(Arrays.asList(e[1].split(",")));
            assertThat(schemaFields(json)).as("schema errors: %s", SCHEMA.validate(json)).isEqualTo(expected);
            List<Problem> problems = ColValidator.validate(json).problems();
            assertThat(validatorFields(problems)).as("validator problems: %s", problems).isEqualTo(expected);
        }));
    }

    @Test
    void schemaVocabulariesMirrorVocabulariesJava() throws Exception {
        JsonNode schema;
        try (InputStream in = ColValidator.class.getClassLoader().getResourceAsStream(ColValidator.SCHEMA_RESOURCE)) {
            schema = ColJson.mapper().readTree(in);
        }
        JsonNode p = schema.get("properties");
        assertThat(texts(p.at("/status/enum"))).isEqualTo(org.mcfed.col.vocab.Vocabularies.STATUS);
        assertThat(texts(p.at("/modeOfLearning/items/enum"))).isEqualTo(org.mcfed.col.vocab.Vocabularies.MODES_OF_LEARNING);
        assertThat(texts(p.at("/assessment/properties/types/items/enum"))).isEqualTo(org.mcfed.col.vocab.Vocabularies.ASSESSMENT_TYPES);
        assertThat(texts(p.at("/supervision/enum"))).isEqualTo(org.mcfed.col.vocab.Vocabularies.SUPERVISION);
        assertThat(texts(p.at("/stackability/properties/option/enum"))).isEqualTo(org.mcfed.col.vocab.Vocabularies.STACKABILITY_OPTIONS);
        assertThat(texts(p.at("/verification/items/enum"))).isEqualTo(org.mcfed.col.vocab.Vocabularies.VERIFICATION);
        assertThat(texts(p.at("/iscedLevel/enum"))).isEqualTo(org.mcfed.col.vocab.Vocabularies.ISCED_LEVELS);
        assertThat(texts(p.at("/aqrfLevel/enum"))).isEqualTo(org.mcfed.col.vocab.Vocabularies.AQRF_LEVELS);
        assertThat(texts(p.at("/skills/items/properties/taxonomy/enum"))).isEqualTo(org.mcfed.col.vocab.Vocabularies.SKILL_TAXONOMIES);
        assertThat(texts(schema.get("required"))).isEqualTo(Set.copyOf(org.mcfed.col.vocab.Vocabularies.MANDATORY_FIELDS));
        assertThat(texts(p.at("/quality/properties/missing/items/enum"))).isEqualTo(Set.copyOf(org.mcfed.col.vocab.Vocabularies.MANDATORY_FIELDS));
        assertThat(p.fieldNames()).toIterable().containsExactlyElementsOf(
                Arrays.stream(ColRecord.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(n -> {
            if (!n.isNull()) {
                out.add(n.asText());
            }
        });
        return Set.copyOf(out);
    }
}
