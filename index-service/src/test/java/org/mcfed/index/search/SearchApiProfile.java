package org.mcfed.index.search;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** The search API tests' application: a fresh index folder, so the index is built from this run's topic only. */
public class SearchApiProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            return Map.of("mcfed.index.dir", Files.createTempDirectory("mcfed-search-index").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
