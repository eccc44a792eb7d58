package org.mcfed.index.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** The feeds benchmark's own application: a fresh index and the production OAI page size. */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            return Map.of("mcfed.index.dir", Files.createTempDirectory("mcfed-bench-index").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
