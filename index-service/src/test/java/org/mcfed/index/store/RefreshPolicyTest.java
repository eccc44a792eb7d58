package org.mcfed.index.store;

import org.apache.lucene.search.ReferenceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.SampleRecords;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A change is refreshed within the short interval, records new to the topic within the longer one: the decision alone,
 * then a store's searchers under writes of each kind.
 */
class RefreshPolicyTest {

    private static final long MS = 1_000_000L;

    @TempDir
    Path root;
    private LuceneRecordStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aRefreshWaitsOnlyWhileNoChangeWaitsAndTheSearchersAreYoungerThanTheNewRecordInterval() {
        RefreshPolicy policy = new RefreshPolicy(Duration.ofMillis(500), Duration.ofSeconds(2));
        assertThat(policy.waits(false, 500 * MS)).isTrue();
        // the decisions come every 500 ms, a little late each: the one nearest to 2 s refreshes, not the one after it
        assertThat(policy.waits(false, 1749 * MS)).isTrue();
        assertThat(policy.waits(false, 1750 * MS)).isFalse();
        assertThat(policy.waits(false, 2010 * MS)).isFalse();
        // a change never waits
        assertThat(policy.waits(true, 0)).isFalse();
        assertThat(policy.waits(true, 500 * MS)).isFalse();

        RefreshPolicy one = RefreshPolicy.every(Duration.ofMillis(500));
        assertThat(one.waits(false, 500 * MS)).isFalse();
        assertThat(one.waits(false, 260 * MS)).isFalse();
    }

    @Test
    void aPolicyThatCannotBeFollowedIsRefusedSayingWhy() {
        assertThatThrownBy(() -> new RefreshPolicy(Duration.ZERO, Duration.ofSeconds(2)))
                .hasMessageContaining("refresh interval must be positive");
        assertThatThrownBy(() -> new RefreshPolicy(Duration.ofSeconds(1), Duration.ofMillis(500)))
                .hasMessageContaining("refresh interval for new records (PT0.5S) must not be shorter than the refresh interval (PT1S)");
    }

    @Test
    void newRecordsWaitForTheLongerIntervalAndAChangeMakesThemSearchableWithIt() {
        // every 50 ms for changes; every 30 s (longer than this test) for new records
        ColRecord template = openWithOneRecordSearchable(new RefreshPolicy(Duration.ofMillis(50), Duration.ofSeconds(30)));
        long before = store.refreshCount();

        int written = writeFor(Duration.ofMillis(1000), template);

        // twenty intervals went by: at one interval each would have refreshed (tested below); none is due for new records
        assertThat(written).isGreaterThan(100);
        assertThat(store.refreshCount() - before).isZero();
        assertThat(store.count()).as("new records are not searchable before the longer interval").isEqualTo(1);

        // a change arrives: it is refreshed within the short interval, and the new records written before it with it
        put(template.toBuilder().title(Map.of("en", "Farming, changed")).build(), false);
        await().atMost(Duration.ofSeconds(5)).until(() -> store.count() == written + 1L);
        assertThat(store.get(template.id()).orElseThrow().title()).containsEntry("en", "Farming, changed");
    }

    @Test
    void aDeletionIsAChange() {
        ColRecord template = openWithOneRecordSearchable(new RefreshPolicy(Duration.ofMillis(50), Duration.ofSeconds(30)));
        int written = writeFor(Duration.ofMillis(300), template);
        assertThat(store.count()).isEqualTo(1);

        store.delete(template.id(), template.updatedAt());

        await().atMost(Duration.ofSeconds(5)).until(() -> store.count() == written);
        assertThat(store.get(template.id())).isEmpty();
    }

    @Test
    void aChangeWhoseRefreshFailedIsRefreshedAtTheNextIntervalNotTheNewRecordOne() {
        ColRecord template = openWithOneRecordSearchable(new RefreshPolicy(Duration.ofMillis(50), Duration.ofSeconds(30)));
        AtomicBoolean failOnce = new AtomicBoolean(true);
        // after the store's own listener, which takes the waiting changes as the refresh begins
        store.searchers().addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
                if (failOnce.getAndSet(false)) {
                    throw new IllegalStateException("a refresh that fails once");
                }
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
            }
        });

        ColRecord change = template.toBuilder().id("nzqa:after-a-failed-refresh").build();
        put(change, false);

        await().atMost(Duration.ofSeconds(5)).until(() -> store.get(change.id()).isPresent());
        assertThat(failOnce).as("the first refresh after the change failed").isFalse();
    }

    @Test
    void newRecordsAloneAreRefreshedEveryNewRecordInterval() {
        ColRecord template = openWithOneRecordSearchable(new RefreshPolicy(Duration.ofMillis(50), Duration.ofMillis(400)));
        long before = store.refreshCount();

        int written = writeFor(Duration.ofMillis(2000), template);

        // about five refreshes at 400 ms in 2 s, against forty at 50 ms
        assertThat(store.refreshCount() - before).isBetween(2L, 15L);
        // the writes stopped: the last ones are searchable within the longer interval
        await().atMost(Duration.ofSeconds(5)).until(() -> store.count() == written + 1L);
    }

    @Test
    void atOneIntervalEveryIntervalWithWritesRefreshes() {
        store = LuceneRecordStore.open(root, RefreshPolicy.every(Duration.ofMillis(50)), 64);
        ColRecord template = SampleRecords.nzqaFarming();
        long before = store.refreshCount();

        writeFor(Duration.ofMillis(1500), template);

        assertThat(store.refreshCount() - before).isGreaterThanOrEqualTo(8);
    }

    /** Opens the store refreshing by {@code policy}, with one record written as a change and searchable; returns it. */
    private ColRecord openWithOneRecordSearchable(RefreshPolicy policy) {
        store = LuceneRecordStore.open(root, policy, 64);
        ColRecord template = SampleRecords.nzqaFarming();
        put(template, false);
        store.awaitVisible();
        return template;
    }

    /** Writes records new to the topic as fast as this thread can for {@code time}; returns how many. */
    private int writeFor(Duration time, ColRecord template) {
        long end = System.nanoTime() + time.toNanos();
        int n = 0;
        while (System.nanoTime() < end) {
            put(template.toBuilder().id("nzqa:new-" + n).build(), true);
            n++;
        }
        return n;
    }

    private void put(ColRecord r, boolean newRecord) {
        store.upsert(r, ColJson.writeBytes(r), r.updatedAt(), -1, newRecord);
    }
}
