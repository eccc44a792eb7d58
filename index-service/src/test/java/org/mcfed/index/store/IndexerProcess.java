package org.mcfed.index.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A bare indexer in its own JVM (store + topic consumer, no HTTP), so a test can kill it with
 * SIGKILL mid-stream: {@code IndexerProcess <bootstrap> <topic> <index root>}.
 */
public final class IndexerProcess {

    private IndexerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        LuceneRecordStore store = LuceneRecordStore.open(Path.of(args[2]), Duration.ofMillis(200));
        new TopicIndexer(store, args[0], args[1], Duration.ofMillis(100)).start();
        System.out.println("indexer started");
        Thread.currentThread().join();
    }
}
