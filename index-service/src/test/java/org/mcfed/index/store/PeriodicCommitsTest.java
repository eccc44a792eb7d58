package org.mcfed.index.store;

import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.SampleRecords;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodicCommitsTest {

    @TempDir
    Path root;
    private LuceneRecordStore store;
    private PeriodicCommits commits;

    @AfterEach
    void close() {
        if (commits != null) {
            commits.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private void write(String prefix, int n) {
        ColRecord template = SampleRecords.nzqaFarming();
        for (int i = 0; i < n; i++) {
            ColRecord r = template.toBuilder().id("nzqa:" + prefix + "-" + i).build();
            store.upsert(r, ColJson.writeBytes(r), r.updatedAt());
        }
    }

    @Test
    void aCommitTakenWhileWritesGoOnHoldsItsOffsetsAndEveryRecordWrittenBeforeIt() {
        store = LuceneRecordStore.open(root, Duration.ofMinutes(1));
        commits = new PeriodicCommits(store);
        write("before", 500);
        assertThat(commits.start(Map.of("mcfed.records.v1-0", 500L))).isTrue();
        write("during", 500);
        commits.await();
        store.close();

        store = LuceneRecordStore.open(root, Duration.ofMinutes(1));
        assertThat(store.committedOffsets()).containsExactlyEntriesOf(Map.of("mcfed.records.v1-0", 500L));
        for (int i = 0; i < 500; i++) {
            assertThat(store.get("nzqa:before-" + i)).as("written before the commit started").isPresent();
        }
    }

    @Test
    void aFailedCommitSurfacesOnTheCallerAtItsNextCall() {
        store = LuceneRecordStore.open(root, Duration.ofMinutes(1));
        commits = new PeriodicCommits(store);
        write("before", 10);
        store.close();
        assertThat(commits.start(Map.of("mcfed.records.v1-0", 10L))).isTrue();
        assertThatThrownBy(commits::await).isInstanceOf(AlreadyClosedException.class);
        store = null;
        // a failure is reported once; the next commit starts afresh
        commits.await();
    }
}
