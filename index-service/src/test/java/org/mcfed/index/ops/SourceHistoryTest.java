package org.mcfed.index.ops;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.SampleRecords;
import org.mcfed.index.store.LuceneRecordStore;
import org.mcfed.index.testkit.ComplianceRecords;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history behind the dashboard's charts survives a restart: points are read back from the
 * file, a run read again (the runs topic replayed) adds none, a run ending while the index catches
 * up waits for it, an unreadable line is skipped, and only the points kept stay in the file.
 */
class SourceHistoryTest {

    private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path root;
    private LuceneRecordStore store;
    private RejectLedger rejects;
    private final AtomicBoolean caughtUp = new AtomicBoolean(true);

    @BeforeEach
    void index() {
        store = LuceneRecordStore.open(root.resolve("index"), Duration.ofMinutes(1));
        for (ColRecord r : ComplianceRecords.all()) {
            store.upsert(r, ColJson.writeBytes(r), SampleRecords.T0);
        }
        store.awaitVisible();
        rejects = new RejectLedger();
        rejects.config = Fixtures.config(3, 2, 10);
        rejects.add(new RejectView("mqa:1", "mqa", "1", T, List.of(new RejectView.Reason("title", "no title")), null, null, "untitled"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A history as the service starts it: reading the file under {@code root}. */
    private SourceHistory started() {
        SourceHistory history = new SourceHistory();
        history.config = Fixtures.config(3, 2, 10);
        history.quality = new SourceQuality();
        history.quality.store = store;
        history.rejects = rejects;
        history.file = root.resolve(SourceHistory.FILE);
        history.indexCaughtUp = caughtUp::get;
        history.read();
        return history;
    }

    private static RunView run(String source, String id, String status, int minute) {
        return new RunView(source, id, status, T.plusSeconds(60L * minute), status.equals("running") ? null : T.plusSeconds(60L * minute + 30),
                30_000L, 1L, 10L, 1L, 0L, 9L, 0L, status.equals("failed") ? 2L : 0L, List.of());
    }

    @Test
    void pointsSurviveARestartAndAReplayedRunAddsNone() throws Exception {
        SourceHistory history = started();
        history.runEnded(run("mqa", "mqa-1", "running", 0));
        history.runEnded(run("mqa", "mqa-1", "completed", 0));
        history.runEnded(run("nzqa", "nzqa-1", "failed", 1));
        Map<String, List<HistoryPoint>> before = history.snapshot();
        assertThat(before.get("mqa")).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo("completed");
            assertThat(p.at()).isEqualTo(T.plusSeconds(30));
            assertThat(p.records()).isEqualTo(2);
            assertThat(p.rejectsByClass()).containsExactly(Map.entry("untitled", 1L));
            assertThat(p.compliance()).containsExactly(Map.entry("col-mandatory", 1.0), Map.entry("eu-annex-i", 0.5), Map.entry("mqa-required", 0.5));
        });
        assertThat(before.get("nzqa")).singleElement().satisfies(p -> {
            assertThat(p.failed()).isEqualTo(2);
            assertThat(p.records()).isEqualTo(3);
        });

        SourceHistory restarted = started();
        assertThat(restarted.snapshot()).isEqualTo(before);
        restarted.runEnded(run("mqa", "mqa-1", "completed", 0));     // the runs topic read again from its beginning
        assertThat(restarted.snapshot()).isEqualTo(before);
        assertThat(Files.readAllLines(root.resolve(SourceHistory.FILE))).hasSize(2);
    }

    @Test
    void aRunEndingWhileTheIndexCatchesUpIsRecordedOnceItHas() {
        caughtUp.set(false);
        SourceHistory history = started();
        history.runEnded(run("mqa", "mqa-1", "completed", 0));
        assertThat(history.snapshot()).isEmpty();
        caughtUp.set(true);
        assertThat(history.snapshot().get("mqa")).extracting(HistoryPoint::runId).containsExactly("mqa-1");
    }

    @Test
    void anUnreadableLineIsSkippedAndOnlyTheKeptPointsStayInTheFile() throws Exception {
        SourceHistory history = started();
        for (int i = 0; i < 5; i++) {
            history.runEnded(run("mqa", "mqa-" + i, "completed", i));
        }
        Files.writeString(root.resolve(SourceHistory.FILE), "not a point\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        SourceHistory restarted = started();
        assertThat(restarted.snapshot().get("mqa")).extracting(HistoryPoint::runId).containsExactly("mqa-2", "mqa-3", "mqa-4");
        assertThat(Files.readAllLines(root.resolve(SourceHistory.FILE))).as("rewritten to the points kept").hasSize(3);
    }
}
