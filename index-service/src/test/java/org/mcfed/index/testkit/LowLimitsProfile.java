package org.mcfed.index.testkit;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The application as a deployment that set no admin secret and low bulk-read limits: 3 feed or OAI
 * requests and 2 exports per client, none given back within a test, one export at a time.
 */
public class LowLimitsProfile implements QuarkusTestProfile {

    public static final int PAGE_BURST = 3;
    public static final int EXPORT_BURST = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            return Map.of(
                    "mcfed.index.dir", Files.createTempDirectory("mcfed-limits-index").toString(),
                    "mcfed.ops.admin-token", "",
                    "mcfed.bulk.page-burst", Integer.toString(PAGE_BURST),
                    "mcfed.bulk.page-refill", "PT1H",
                    "mcfed.bulk.export-burst", Integer.toString(EXPORT_BURST),
                    "mcfed.bulk.export-refill", "PT1H",
                    "mcfed.bulk.export-concurrency", "1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
