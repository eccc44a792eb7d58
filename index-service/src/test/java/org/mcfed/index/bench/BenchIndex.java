package org.mcfed.index.bench;

import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.IndexSchema;
import org.mcfed.index.store.LuceneRecordStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** The benchmark's Lucene index of {@link ZipfCatalog} records, built through the service's own store (reused when it has the right size). */
public final class BenchIndex {

    private BenchIndex() {
    }

    public static void build(Path root, int records) {
        try (LuceneRecordStore existing = LuceneRecordStore.open(root, Duration.ofSeconds(1), 256)) {
            if (existing.count() == records) {
                System.out.printf("reusing the index of %,d records at %s%n", records, existing.folder());
                return;
            }
        }
        deleteTree(IndexSchema.folder(root));
        long start = System.nanoTime();
        try (LuceneRecordStore store = LuceneRecordStore.open(root, Duration.ofSeconds(1), 256)) {
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < records; i = next.getAndIncrement()) {
                        ColRecord r = ZipfCatalog.record(i);
                        store.upsert(r, ColJson.writeBytes(r), r.updatedAt());
                        if (i > 0 && i % 100_000 == 0) {
                            System.out.printf("  indexed %,d%n", i);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            store.commit(Map.of());
            store.awaitVisible();
            double secs = (System.nanoTime() - start) / 1e9;
            System.out.printf("built an index of %,d records in %.0f s (%,.0f records/s)%n", store.count(), secs, records / secs);
        } catch (Exception e) {
            throw new IllegalStateException("building the benchmark index failed", e);
        }
    }

    static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
