package org.mcfed.index.testkit;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The one profile of the feed, OAI-PMH, export, sources and web UI tests (one application start
 * for all of them): a fresh index folder, OAI pages of 5 so paging is exercised on a small
 * catalogue, completeness recomputed on every call, and a known admin token.
 */
public class FeedsProfile implements QuarkusTestProfile {

    public static final String ADMIN_TOKEN = "test-admin-token-7f3a";
    public static final int OAI_PAGE = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        try {
            return Map.of(
                    "mcfed.index.dir", Files.createTempDirectory("mcfed-feeds-index").toString(),
                    "mcfed.feed.oai.page-size", Integer.toString(OAI_PAGE),
                    "mcfed.ops.admin-token", ADMIN_TOKEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
