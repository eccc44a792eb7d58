package org.mcfed.connector.hkqr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.run.SourceRun;
import org.mcfed.sandbox.RegistrySandbox;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What HKQR adds to the connector contract ({@link HkqrContractIT}), against the registry sandbox at
 * default scale: the archived listing is walked too, and after a tick an unchanged record costs one
 * 304 and no Chinese page.
 */
class HkqrHarvestIT {

    private static final Connector CONNECTOR = Connectors.byName("hkqr");
    private static RegistrySandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static SourceConfig config() {
        return SourceConfig.of("hkqr", "hkqr", sandbox.baseUrl("hkqr")).withRate(0)
                .withRetry(6, Duration.ofMillis(5), Duration.ofMillis(40));
    }

    private static SourceRun harvest(Map<String, KnownRecord> known) {
        return SourceRun.harvest(CONNECTOR.newTask(), config(), SourcePosition.start("it", null), known, 1_000);
    }

    @Test
    void theArchivedListingIsWalkedAndAfterATickAnUnchangedRecordCostsNoChinesePage() throws MappingException {
        SourceRun baseline = harvest(Map.of());
        Map<String, TruthRecord> before = sandbox.truth("hkqr").source("hkqr").byId();
        int archived = 0;
        for (RawRecord raw : baseline.records()) {
            archived += "archived".equals(CONNECTOR.mapper().map(raw).status()) ? 1 : 0;
        }
        assertThat(archived).as("the archived listing was walked too").isPositive();
        Map<String, KnownRecord> known = baseline.knownAfter(Map.of());

        sandbox.tick(0.01, 0.005, 0.002);
        SourceTruth after = sandbox.truth("hkqr").source("hkqr");
        Set<String> changedOrAdded = after.live().stream()
                .filter(r -> !before.containsKey(r.id()) || !before.get(r.id()).updatedAt().equals(r.updatedAt()))
                .map(TruthRecord::id).collect(Collectors.toSet());
        long pagesBefore = sandbox.traffic().pages();
        SourceRun second = harvest(known);
        long pages = sandbox.traffic().pages() - pagesBefore;

        assertThat(second.complete()).isTrue();
        Set<String> fetched = second.records().stream().map(RawRecord::localId).collect(Collectors.toSet());
        Set<String> samePage = new HashSet<>(changedOrAdded);
        samePage.removeAll(fetched);
        int listingPages = after.live().size() / 50 + 2;
        assertThat(pages).as("an unchanged record costs one 304 and no Chinese page; a fetched one (or a changed one "
                        + "whose pages came out the same) its three pages")
                .isLessThanOrEqualTo(listingPages + second.unchanged().size() + 3L * fetched.size() + 2L * samePage.size());
    }
}
