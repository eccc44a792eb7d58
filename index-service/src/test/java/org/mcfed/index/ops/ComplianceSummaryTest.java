package org.mcfed.index.ops;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.SampleRecords;
import org.mcfed.index.store.LuceneRecordStore;
import org.mcfed.index.testkit.ComplianceRecords;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compliance per source as the dashboard summarises it (share meeting each flag, the elements most
 * often missing), summed from doc values over several segments and after updates and deletions,
 * and the history point a run's end takes of it.
 */
class ComplianceSummaryTest {

    @TempDir
    Path root;
    private LuceneRecordStore store;

    @AfterEach
    void close() {
        store.close();
    }

    private SourceQuality quality() {
        SourceQuality quality = new SourceQuality();
        quality.store = store;
        return quality;
    }

    private void put(ColRecord r) {
        store.upsert(r, ColJson.writeBytes(r), SampleRecords.T0);
    }

    @Test
    void sharesMeetingEachFlagAndTheMostMissingElementsPerSource() {
        store = LuceneRecordStore.open(root, Duration.ofMinutes(1));
        List<ColRecord> records = ComplianceRecords.all();
        records.subList(0, 3).forEach(this::put);
        store.commit(Map.of());      // a second segment for the rest
        records.subList(3, records.size()).forEach(this::put);
        store.awaitVisible();

        Map<String, SourceQuality.Report> bySource = quality().bySource();
        Map<String, SourceQuality.FlagSummary> nzqa = bySource.get("nzqa").compliance();
        assertThat(nzqa.keySet()).containsExactly("col-mandatory", "eu-annex-i");
        assertThat(nzqa.get("col-mandatory")).isEqualTo(new SourceQuality.FlagSummary(3, 2, 0.667,
                List.of(new SourceQuality.MissingElement("learningOutcomes", 1))));
        assertThat(nzqa.get("eu-annex-i")).isEqualTo(new SourceQuality.FlagSummary(3, 1, 0.333, List.of(
                new SourceQuality.MissingElement("qualityAssurance", 2), new SourceQuality.MissingElement("assessment", 1),
                new SourceQuality.MissingElement("learningOutcomes", 1))));
        Map<String, SourceQuality.FlagSummary> mqa = bySource.get("mqa").compliance();
        assertThat(mqa.get("col-mandatory")).isEqualTo(new SourceQuality.FlagSummary(2, 2, 1.0, List.of()));
        assertThat(mqa.get("mqa-required")).isEqualTo(new SourceQuality.FlagSummary(2, 1, 0.5,
                List.of(new SourceQuality.MissingElement("prerequisites", 1))));
        assertThat(bySource.get("hkqr").compliance()).isEmpty();

        // the python course now meets both; te reo is deleted
        put(ComplianceRecords.with(SampleRecords.nzqaPython(), "col-mandatory", ComplianceRecords.met(), "eu-annex-i", ComplianceRecords.met()));
        store.delete(SampleRecords.nzqaTeReo().id(), SampleRecords.T0.plusSeconds(1));
        store.awaitVisible();
        Map<String, SourceQuality.FlagSummary> after = quality().bySource().get("nzqa").compliance();
        assertThat(after.get("col-mandatory")).isEqualTo(new SourceQuality.FlagSummary(2, 2, 1.0, List.of()));
        assertThat(after.get("eu-annex-i")).isEqualTo(new SourceQuality.FlagSummary(2, 1, 0.5,
                List.of(new SourceQuality.MissingElement("qualityAssurance", 1))));
    }

    @Test
    void aRunsEndTakesTheSourcesRecordsRejectsByClassAndCompliance() {
        store = LuceneRecordStore.open(root, Duration.ofMinutes(1));
        ComplianceRecords.all().forEach(this::put);
        store.awaitVisible();
        RejectLedger ledger = new RejectLedger();
        ledger.config = Fixtures.config(5, 2, 10);
        ledger.add(RejectView.read("nzqa:4116-2", Instant.EPOCH, Fixtures.json("reject-classified.json")));
        ledger.add(new RejectView("nzqa:1", "nzqa", "1", Instant.EPOCH, List.of(new RejectView.Reason("title", "no title")), null, null, "untitled"));

        RunView run = RunView.read("nzqa", Fixtures.json("run-report-completed.json"));
        HistoryPoint point = HistoryPoint.of(run, quality().bySource().get("nzqa"), ledger.snapshot(false).get("nzqa"), Instant.EPOCH);
        assertThat(point.source()).isEqualTo("nzqa");
        assertThat(point.runId()).isEqualTo(run.runId());
        assertThat(point.at()).isEqualTo(run.finishedAt());
        assertThat(point.durationMs()).isEqualTo(run.durationMs());
        assertThat(point.records()).isEqualTo(3);
        assertThat(point.rejected()).isEqualTo(2);
        assertThat(point.rejectsByClass()).containsExactly(Map.entry("invalid-record", 1L), Map.entry("untitled", 1L));
        assertThat(point.compliance()).containsExactly(Map.entry("col-mandatory", 0.667), Map.entry("eu-annex-i", 0.333));
    }
}
