package org.mcfed.connector.hkqr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What HKQR adds to the connector contract ({@link HkqrContractIT}), against the registry sandbox at
 * default scale: the archived listing is walked too, after a tick an unchanged record costs one
 * 304 and no Chinese page, and the Simplified text is converted instead of fetched.
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
        return harvest(config(), known);
    }

    private static SourceRun harvest(SourceConfig config, Map<String, KnownRecord> known) {
        return SourceRun.harvest(CONNECTOR.newTask(), config, SourcePosition.start("it", null), known, 1_000);
    }

    private static SourceConfig simplifiedPages(String value) {
        return config().withOptions(Map.of(HkqrTask.SIMPLIFIED_PAGES_OPTION, value));
    }

    /**
     * By default a qualification costs two pages, English and Traditional; its Simplified title and outcomes, converted
     * from the Traditional ones by the mapper, are the very texts its {@code hkqr-sc} page publishes (the sandbox's
     * Simplified edition is its Traditional one converted, as HKQR's), for every one of the 4,376 qualifications.
     */
    @Test
    void derivedSimplifiedTextIsWhatTheSimplifiedPagesSayForOnePageLessAQualification() throws MappingException {
        long before = sandbox.traffic().requests();
        SourceRun fetched = harvest(simplifiedPages(HkqrTask.FETCH), Map.of());
        long fetchRequests = sandbox.traffic().requests() - before;
        before = sandbox.traffic().requests();
        SourceRun derived = harvest(config(), Map.of());
        long deriveRequests = sandbox.traffic().requests() - before;

        assertThat(fetched.complete()).isTrue();
        assertThat(derived.complete()).isTrue();
        assertThat(derived.failures()).isEmpty();
        Map<String, RawRecord> byId = fetched.records().stream().collect(Collectors.toMap(RawRecord::localId, r -> r));
        assertThat(derived.records()).hasSize(byId.size()).hasSizeGreaterThan(4_000);
        assertThat(fetchRequests - deriveRequests).as("requests saved: the Simplified page of each qualification, no other")
                .isEqualTo(byId.size());
        int convertedTitles = 0;
        for (RawRecord raw : derived.records()) {
            assertThat(raw.all(HkqrField.title("zh-Hans"))).as("the harvest read no Simplified page").isEmpty();
            ColRecord fromPages = CONNECTOR.mapper().map(byId.get(raw.localId()));
            ColRecord converted = CONNECTOR.mapper().map(raw);
            assertThat(converted.title()).as(raw.localId()).isEqualTo(fromPages.title());
            assertThat(converted.learningOutcomesByLanguage()).as(raw.localId()).isEqualTo(fromPages.learningOutcomesByLanguage());
            List<String> extra = new ArrayList<>(converted.quality().derived());
            extra.removeAll(fromPages.quality().derived());
            assertThat(extra).as(raw.localId()).isSubsetOf("title.zh-Hans", "learningOutcomesByLanguage.zh-Hans");
            assertThat(withoutHarvestTraces(converted)).as(raw.localId()).isEqualTo(withoutHarvestTraces(fromPages));
            convertedTitles += extra.contains("title.zh-Hans") ? 1 : 0;
        }
        assertThat(convertedTitles).as("every qualification has a Traditional title").isEqualTo(byId.size());
    }

    /** The record but for what says how it was harvested: the raw checksum (other raw fields) and the derived list. */
    private static ColRecord withoutHarvestTraces(ColRecord r) {
        return r.toBuilder().quality(null)
                .provenance(new Provenance(r.provenance().source(), r.provenance().localId(), r.provenance().url(), null, null))
                .build();
    }

    @Test
    void anUnknownSimplifiedPagesValueFailsAtStartNamingTheKey() {
        assertThatThrownBy(() -> CONNECTOR.newTask().start(simplifiedPages("sometimes"), SourcePosition.start("it", null), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source 'hkqr': mcfed.sources.hkqr.options.simplified-pages must be derive or fetch, was 'sometimes'");
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
                        + "whose pages came out the same) its English and Traditional pages")
                .isLessThanOrEqualTo(listingPages + second.unchanged().size() + 2L * fetched.size() + 2L * samePage.size());
    }
}
