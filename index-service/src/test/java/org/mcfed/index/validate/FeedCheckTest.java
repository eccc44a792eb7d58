package org.mcfed.index.validate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Pasted documents through the connector's page reading and the normalizer, as the pipeline runs them. */
class FeedCheckTest {

    private final FeedCheck check = new FeedCheck(TestLimits.generous(), null);

    static byte[] fixture(String name) {
        try (InputStream in = FeedCheckTest.class.getResourceAsStream("/fixtures/validate/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFeedPageGetsAVerdictPerItemWithEveryReason() {
        CheckReport report = check.document(fixture("feed-good-repaired-bad.json"), "application/json");

        assertThat(report.records()).extracting(RecordVerdict::id, RecordVerdict::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("pqr:000123", "published"),
                org.assertj.core.groups.Tuple.tuple("pqr:000200", "repaired"),
                org.assertj.core.groups.Tuple.tuple("pqr:000201", "rejected"));
        RecordVerdict published = report.records().get(0);
        assertThat(published.quality().completeness()).isBetween(0.5, 0.99);
        assertThat(published.quality().missing()).isNotEmpty();
        assertThat(published.reasons()).isEmpty();
        RecordVerdict repaired = report.records().get(1);
        assertThat(repaired.quality().derived()).containsExactlyInAnyOrder("credit.hoursPerCredit", "workloadHours", "durationWeeks");
        assertThat(repaired.reasons()).extracting(r -> r.element()).containsExactly("durationWeeks");
        RecordVerdict rejected = report.records().get(2);
        assertThat(rejected.rejectClass()).isEqualTo("untitled");
        assertThat(rejected.reasons()).extracting(r -> r.element() + ": " + r.problem()).containsExactly(
                "title: needs at least one entry",
                "provenance.checksum: not a checksum 'sha256:<64 hex digits>': 'sha256:aa'");
        assertThat(rejected.quality()).isNull();
        assertThat(report.summary()).isEqualTo(new CheckReport.Summary(3, 1, 1, 1, 1, 1, true, null));
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void oneRecordOrAnArrayIsCheckedAsAPageOfThem() {
        byte[] one = fixture("one-record.json");
        String array = "[" + new String(one, StandardCharsets.UTF_8) + "]";

        assertThat(check.document(one, null).records()).singleElement()
                .satisfies(r -> assertThat(r.verdict()).isEqualTo("published"));
        assertThat(check.document(array.getBytes(StandardCharsets.UTF_8), "text/plain").records()).hasSize(1);
    }

    @Test
    void aMessyOaiPageIsSniffedAndRead() {
        CheckReport report = check.document(fixture("oai-page-messy.xml"), null);

        assertThat(report.problems()).isEmpty();
        assertThat(report.records()).extracting(RecordVerdict::id, RecordVerdict::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("hkqr:21/000777/L3", "published"),
                org.assertj.core.groups.Tuple.tuple("hkqr:21/000778/L3", "rejected"));
    }

    @Test
    void aMalformedPageSaysWhereAndWhy() {
        CheckReport report = check.document(fixture("not-a-feed.json"), "application/json");

        assertThat(report.records()).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.page()).isEqualTo("document");
            assertThat(p.problem()).startsWith("unreadable COL JSON page: feed page is not JSON").contains("line");
        });
        assertThat(report.summary().complete()).isFalse();
    }

    @Test
    void theRecordLimitCutsTheCheckAndSaysSo() {
        FeedCheck small = new FeedCheck(TestLimits.generous().withMaxRecords(2), null);

        CheckReport report = small.document(fixture("feed-good-repaired-bad.json"), "application/json");

        assertThat(report.records()).hasSize(2);
        assertThat(report.summary().cutBy()).isEqualTo("records");
        assertThat(report.summary().complete()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.problem()).contains("pqr:000201"));
    }
}
