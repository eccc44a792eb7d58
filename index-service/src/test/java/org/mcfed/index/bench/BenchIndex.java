package org.mcfed.index.bench;

import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.mcfed.index.store.IndexSchema;
import org.mcfed.index.store.RecordAnalyzers;
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

    /** Segments of both engines' indexes in the benchmark: the Solr peer optimizes to the same number. */
    public static final int SEGMENTS = 8;

    public static void build(Path root, int records) {
        boolean reuse;
        try (LuceneRecordStore existing = LuceneRecordStore.open(root, Duration.ofSeconds(1), 256)) {
            reuse = existing.count() == records;
        }
        if (reuse) {
            System.out.printf("reusing the index of %,d records at %s%n", records, IndexSchema.folder(root));
        } else {
            create(root, records);
        }
        mergeTo(IndexSchema.folder(root), SEGMENTS);
    }

    /** Merges the index down to {@code segments} segments, keeping its commit data (the service's offsets and schema version). */
    private static void mergeTo(Path folder, int segments) {
        try (FSDirectory dir = FSDirectory.open(folder)) {
            int now = SegmentInfos.readLatestCommit(dir).size();
            if (now <= segments) {
                return;
            }
            long start = System.nanoTime();
            IndexWriterConfig config = new IndexWriterConfig(RecordAnalyzers.perField()).setOpenMode(IndexWriterConfig.OpenMode.APPEND);
            config.setUseCompoundFile(false);
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                writer.forceMerge(segments);
                writer.commit();
            }
            System.out.printf("merged the index from %d to %d segments in %.0f s%n", now, segments, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new IllegalStateException("merging the benchmark index failed", e);
        }
    }

    private static void create(Path root, int records) {
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
