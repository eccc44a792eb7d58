package org.mcfed.index.ops;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.json.ColJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Fixture messages of the pipeline topics, and an {@link OpsConfig} with its defaults. */
final class Fixtures {

    private Fixtures() {
    }

    static JsonNode json(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/ops/" + name)) {
            return ColJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpsConfig config(int runsKept, int examplesPerReason, int reasonsPerSource) {
        return new OpsConfig() {
            public int runsKept() { return runsKept; }
            public int historyKept() { return runsKept; }
            public int examplesPerReason() { return examplesPerReason; }
            public int reasonsPerSource() { return reasonsPerSource; }
            public int rawExampleChars() { return 40; }
            public boolean followTopics() { return false; }
            public Optional<String> adminToken() { return Optional.empty(); }
        };
    }
}
