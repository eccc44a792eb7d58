package org.mcfed.index.ops;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RejectLedgerTest {

    private static final Instant KAFKA_TIME = Instant.parse("2025-03-05T00:00:00Z");

    @Test
    void readsReasonsAndTheRawRecordsUrl() {
        RejectView r = RejectView.read("mqa:MQA/SWA 0123", KAFKA_TIME, Fixtures.json("reject-two-reasons.json"));
        assertThat(r.source()).isEqualTo("mqa");
        assertThat(r.localId()).isEqualTo("MQA/SWA 0123");
        assertThat(r.rejectedAt()).isEqualTo(Instant.parse("2025-03-01T10:02:00Z"));
        assertThat(r.url()).isEqualTo("https://mqa.example/detail?NoRujA=MQA%2FSWA%200123");
        assertThat(r.reasons()).containsExactly(new RejectView.Reason("title", "no title on the page"),
                new RejectView.Reason("page", "unparseable page"));
    }

    @Test
    void fallsBackToTheMessageKeyAndTimestamp() {
        RejectView r = RejectView.read("hkqr:22/000567/L4", KAFKA_TIME, Fixtures.json("reject-odd.json"));
        assertThat(r.source()).isEqualTo("hkqr");
        assertThat(r.localId()).isEqualTo("22/000567/L4");
        assertThat(r.rejectedAt()).isEqualTo(KAFKA_TIME);
        assertThat(r.reasons()).containsExactly(new RejectView.Reason("?", "cannot identify the record"));
    }

    @Test
    void countsRecordsOnceAndEventsEachTimeKeepingTheLatestExamples() {
        RejectLedger ledger = new RejectLedger();
        ledger.config = Fixtures.config(5, 2, 10);
        for (String id : List.of("a", "b", "c", "a")) {
            ledger.add(new RejectView("mqa:" + id, "mqa", id, KAFKA_TIME, List.of(new RejectView.Reason("title", "no title")), null, null, RejectView.UNCLASSIFIED));
        }
        RejectLedger.SourceRejects mqa = ledger.snapshot(false).get("mqa");
        assertThat(mqa.events()).isEqualTo(4);
        assertThat(mqa.records()).isEqualTo(3);
        RejectLedger.ReasonCount reason = mqa.byReason().get(0);
        assertThat(reason.records()).isEqualTo(3);
        assertThat(reason.events()).isEqualTo(4);
        assertThat(reason.examples()).extracting(RejectLedger.Example::localId).containsExactly("a", "c");
    }

    @Test
    void theLatestExamplesAreTheLatestRejectedNotTheLastArrivedFromAnotherPartition() {
        RejectLedger ledger = new RejectLedger();
        ledger.config = Fixtures.config(5, 2, 10);
        // c and b arrive after a from other partitions, but a was rejected last
        for (String id : List.of("a", "c", "b")) {
            Instant at = KAFKA_TIME.plusSeconds(switch (id) { case "a" -> 30; case "b" -> 20; default -> 10; });
            ledger.add(new RejectView("mqa:" + id, "mqa", id, at, List.of(new RejectView.Reason("title", "no title")), null, null, RejectView.UNCLASSIFIED));
        }
        assertThat(ledger.snapshot(false).get("mqa").byReason().get(0).examples())
                .extracting(RejectLedger.Example::localId).containsExactly("a", "b");
    }

    @Test
    void rawRecordsAreTruncatedAndOnlyShownToAdmins() {
        RejectLedger ledger = new RejectLedger();
        ledger.config = Fixtures.config(5, 2, 10);
        ledger.add(RejectView.read("mqa:MQA/SWA 0123", KAFKA_TIME, Fixtures.json("reject-two-reasons.json")));
        assertThat(ledger.snapshot(false).get("mqa").byReason().get(0).examples().get(0).raw()).isNull();
        String raw = ledger.snapshot(true).get("mqa").byReason().get(0).examples().get(0).raw();
        assertThat(raw).startsWith("{\"source\":\"mqa\"").contains("more characters");
    }

    @Test
    void reasonsBeyondTheCapAreCountedTogetherAndClearingForgetsASource() {
        RejectLedger ledger = new RejectLedger();
        ledger.config = Fixtures.config(5, 1, 2);
        for (int i = 0; i < 5; i++) {
            ledger.add(new RejectView("nzqa:" + i, "nzqa", "" + i, KAFKA_TIME, List.of(new RejectView.Reason("title", "problem " + i)), null, null, RejectView.UNCLASSIFIED));
        }
        assertThat(ledger.snapshot(false).get("nzqa").byReason()).hasSize(3)
                .anySatisfy(r -> {
                    assertThat(r.problem()).isEqualTo(RejectLedger.OTHER);
                    assertThat(r.records()).isEqualTo(3);
                });
        assertThat(ledger.clear("nzqa")).isEqualTo(1);
        assertThat(ledger.snapshot(false)).doesNotContainKey("nzqa");
    }

    @Test
    void countsRejectedRecordsPerClassUnclassifiedWhenTheProducerStatesNone() {
        RejectView classified = RejectView.read("nzqa:4116-2", KAFKA_TIME, Fixtures.json("reject-classified.json"));
        assertThat(classified.rejectClass()).isEqualTo("invalid-record");
        assertThat(RejectView.read("mqa:MQA/SWA 0123", KAFKA_TIME, Fixtures.json("reject-two-reasons.json")).rejectClass())
                .isEqualTo(RejectView.UNCLASSIFIED);

        RejectLedger ledger = new RejectLedger();
        ledger.config = Fixtures.config(5, 2, 10);
        ledger.add(classified);
        ledger.add(classified);
        ledger.add(new RejectView("nzqa:1", "nzqa", "1", KAFKA_TIME, List.of(new RejectView.Reason("title", "no title")), null, null, "untitled"));
        ledger.add(new RejectView("nzqa:2", "nzqa", "2", KAFKA_TIME, List.of(new RejectView.Reason("title", "no title")), null, null, "untitled"));
        ledger.add(new RejectView("nzqa:3", "nzqa", "3", KAFKA_TIME, List.of(new RejectView.Reason("?", "old")), null, null, RejectView.UNCLASSIFIED));
        assertThat(ledger.snapshot(false).get("nzqa").byClass())
                .containsExactly(Map.entry("invalid-record", 1L), Map.entry("unclassified", 1L), Map.entry("untitled", 2L));
    }
}
