package org.mcfed.index.ops;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunHistoryTest {

    @Test
    void readsEveryCountOfARunReport() {
        RunView run = RunView.read("nzqa", Fixtures.json("run-report-completed.json"));
        assertThat(run).isEqualTo(new RunView("nzqa", "nzqa-20250301T100000Z", "completed", Instant.parse("2025-03-01T10:00:00Z"),
                Instant.parse("2025-03-01T10:04:12.5Z"), 252500L, 12L, 455L, 3L, 7L, 445L, 2L, 1L,
                List.of("GET /nzqa/list?page=7: 503 after 4 tries")));
    }

    @Test
    void toleratesMissingRenamedAndOddlyTypedFields() {
        RunView run = RunView.read("hkqr", Fixtures.json("run-report-sparse.json"));
        assertThat(run.source()).as("from the message key").isEqualTo("hkqr");
        assertThat(run.startedAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(run.fetched()).isEqualTo(40L);
        assertThat(run.created()).isEqualTo(5L);
        assertThat(run.changed()).isNull();
        assertThat(run.errors()).singleElement().asString().contains("timeout");
    }

    @Test
    void progressReportsOfOneRunKeepOneEntryAndOldRunsFallOff() {
        RunHistory history = new RunHistory();
        history.config = Fixtures.config(2, 3, 10);
        history.add(run("r1", "completed", "2025-03-01T10:00:00Z"));
        history.add(run("r2", "running", "2025-03-02T10:00:00Z"));
        history.add(run("r2", "completed", "2025-03-02T10:00:00Z"));
        assertThat(history.snapshot().get("nzqa")).extracting(RunView::runId, RunView::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r2", "completed"), org.assertj.core.groups.Tuple.tuple("r1", "completed"));
        history.add(run("r3", "failed", "2025-03-03T10:00:00Z"));
        assertThat(history.snapshot().get("nzqa")).extracting(RunView::runId).containsExactly("r3", "r2");
    }

    private static RunView run(String id, String status, String started) {
        return new RunView("nzqa", id, status, Instant.parse(started), null, null, null, null, null, null, null, null, null, List.of());
    }
}
