package org.mcfed.index.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.mcfed.index.store.IndexSchema.*;

/**
 * The Lucene index of COL records, as Gerrit runs Lucene: one {@link IndexWriter}, a
 * {@link SearcherManager} refreshed near-real-time at the intervals of a {@link RefreshPolicy}
 * ({@link NearRealTimeRefresh}), idempotent upserts by id, and commits (taken by the caller, on
 * its own schedule) that carry the Kafka offsets consumed so far in their user data, so the index
 * and its position on the topic are always saved together.
 *
 * <p>Every read acquires a searcher and releases it in {@code finally}; reads see one snapshot.
 *
 * <p>While a replica reads a backlog ({@link #beginCatchUp} to {@link #endCatchUp}) nothing refreshes:
 * refreshes and the merges of the small segments they flush were 44 % of indexing CPU in a profile.
 * Each refresh also turns the writes it made visible into {@link Freshness} samples.
 */
public final class LuceneRecordStore implements RecordIndex, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LuceneRecordStore.class);
    /** A refresh that took this long or longer is logged ({@link #slowRefreshes()}). */
    static final long SLOW_REFRESH_MS = 1000;
    private static final Query RECORDS = new TermQuery(new Term(KIND, KIND_RECORD));
    private static final Sort CHANGE_ORDER = new Sort(new SortField(AT, SortField.Type.LONG), new SortField(ID_SORT, SortField.Type.STRING));

    /**
     * During a catch-up, writes the searchers have not seen yet beyond which a refresh is taken anyway,
     * so the ids remembered for tombstones ({@link UnrefreshedWrites}) stay within a few tens of MB.
     */
    private static final int CATCH_UP_REFRESH_EVERY = 250_000;

    private final Path folder;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final RefreshPolicy refreshPolicy;
    private final double ramBufferMb;
    /** Refreshes near-real-time; null during a catch-up, when nothing is searched and nothing refreshes. */
    private volatile NearRealTimeRefresh reopener;
    private final Map<String, String> committed = new HashMap<>();
    private final SourceTallies tallies = new SourceTallies();
    private final UnrefreshedWrites written = new UnrefreshedWrites();
    private final Freshness freshness = new Freshness();
    private final java.util.concurrent.atomic.LongAdder refreshes = new java.util.concurrent.atomic.LongAdder();
    /**
     * A change (a record not new to the topic, or a deletion) was written since the last refresh began: the next
     * refresh is due within {@code maxStale}, not the longer interval of new records ({@link RefreshPolicy}).
     */
    private final java.util.concurrent.atomic.AtomicBoolean changeWaits = new java.util.concurrent.atomic.AtomicBoolean();
    /**
     * A refresh this slow is logged: a change's time to searchable is mostly the wait for the next refresh, and
     * one slow refresh delays the hundred or so changes behind it. In one million-record run the refresh stage's
     * p99 was 1.6 s against 0.5 to 0.9 s in the others, most likely one such refresh, and nothing said why
     * (BENCHMARKS.md, 2026-12-07, thirty-second session).
     */
    private volatile long slowRefreshMs = SLOW_REFRESH_MS;
    private final java.util.concurrent.atomic.LongAdder slowRefreshes = new java.util.concurrent.atomic.LongAdder();
    /** The sequence number of the last write (the largest, when a catch-up writes on several threads). */
    private final AtomicLong lastGeneration = new AtomicLong(-1);
    /** The writer's sequence number every searcher opened since has reached. */
    private volatile long visibleGeneration = -1;
    private volatile int catchUpRefreshEvery = CATCH_UP_REFRESH_EVERY;
    /** The refresh a catch-up took when it had many writes the searchers did not see; null before the first. */
    private volatile Thread catchUpRefresh;

    private LuceneRecordStore(Path folder, RefreshPolicy refreshPolicy, double ramBufferMb, Supplier<MergePolicy> merges) throws IOException {
        this.folder = folder;
        this.refreshPolicy = refreshPolicy;
        this.ramBufferMb = ramBufferMb;
        Files.createDirectories(folder);
        this.writer = openWriter(folder, new IndexDirectory(folder), ramBufferMb, merges);
        writer.getLiveCommitData().forEach(e -> committed.put(e.getKey(), e.getValue()));
        this.searchers = new SearcherManager(writer, true, false, null);
        searchers.addListener(new ReferenceManager.RefreshListener() {
            private long reaching;
            private long started;

            @Override
            public void beforeRefresh() {
                // every operation completed now is in the reader the refresh opens, every change written so far with it
                changeWaits.set(false);
                reaching = writer.getMaxCompletedSequenceNumber();
                started = System.nanoTime();
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (didRefresh) {
                    refreshes.increment();
                    long tookMs = (System.nanoTime() - started) / 1_000_000;
                    if (tookMs >= slowRefreshMs) {
                        slowRefreshes.increment();
                        LOG.infof("refreshing the index at %s took %d ms (%d ms or more is logged): the writes up to sequence"
                                + " number %d became searchable only then", folder, tookMs, slowRefreshMs, reaching);
                    }
                }
                visibleGeneration = Math.max(visibleGeneration, reaching);
                freshness.visible(reaching, System.currentTimeMillis());
            }
        });
        this.reopener = startReopener();
    }

    private NearRealTimeRefresh startReopener() {
        return new NearRealTimeRefresh(searchers, refreshPolicy, changeWaits::get, folder.toString());
    }

    /**
     * Opens (or creates) the index of the current schema version under {@code root}. An index that
     * cannot be read (corrupt, or of an unknown format) is moved aside and a new one created, which the
     * topic consumer then rebuilds from the beginning of the topic.
     */
    public static LuceneRecordStore open(Path root, Duration maxStale) {
        return open(root, maxStale, 64);
    }

    /** As {@link #open(Path, Duration)}, with the writer's RAM buffer (bulk loads want more). */
    public static LuceneRecordStore open(Path root, Duration maxStale, double ramBufferMb) {
        return open(root, RefreshPolicy.every(maxStale), ramBufferMb);
    }

    /** As {@link #open(Path, Duration, double)}, refreshing by {@code refresh} (the service's: new records less often). */
    public static LuceneRecordStore open(Path root, RefreshPolicy refresh, double ramBufferMb) {
        return open(root, refresh, ramBufferMb, LuceneRecordStore::streamMerges);
    }

    /** As {@link #open(Path, Duration, double)}, with the writer's merge policy (the indexing benchmark compares layouts). */
    public static LuceneRecordStore open(Path root, Duration maxStale, double ramBufferMb, Supplier<MergePolicy> merges) {
        return open(root, RefreshPolicy.every(maxStale), ramBufferMb, merges);
    }

    private static LuceneRecordStore open(Path root, RefreshPolicy refresh, double ramBufferMb, Supplier<MergePolicy> merges) {
        Path folder = IndexSchema.folder(root);
        try {
            return new LuceneRecordStore(folder, refresh, ramBufferMb, merges);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + folder + ": " + e.getMessage(), e);
        }
    }

    private static IndexWriter openWriter(Path folder, FSDirectory directory, double ramBufferMb, Supplier<MergePolicy> merges) throws IOException {
        try {
            return new IndexWriter(directory, config(ramBufferMb, merges.get()));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            Path aside = folder.resolveSibling(folder.getFileName() + ".unreadable-" + System.currentTimeMillis());
            LOG.errorf("index at %s is unreadable (%s); moving it to %s and rebuilding from the topic", folder, e.getMessage(), aside);
            directory.close();
            Files.move(folder, aside);
            Files.createDirectories(folder);
            return new IndexWriter(new IndexDirectory(folder), config(ramBufferMb, merges.get()));
        }
    }

    /**
     * The merge policy of a store that flushes a small segment at every refresh: {@link TieredMergePolicy}
     * without compound files.
     */
    public static MergePolicy streamMerges() {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setNoCFSRatio(0.0);
        return merges;
    }

    private static IndexWriterConfig config(double ramBufferMb, MergePolicy merges) {
        IndexWriterConfig config = new IndexWriterConfig(RecordAnalyzers.perField());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(ramBufferMb);
        // Near-real-time refreshes flush a small segment twice a second under load: writing each one
        // again into a compound file (and each small merge) only costs CPU and I/O here.
        config.setUseCompoundFile(false);
        config.setMergePolicy(merges);
        // Only explicit commits: each one pairs documents with the offsets they came from.
        config.setCommitOnClose(false);
        return config;
    }

    /** The folder of this index (schema version included). */
    public Path folder() {
        return folder;
    }

    /** The searchers of this index, for search: acquire, then release in {@code finally}. */
    public ReferenceManager<IndexSearcher> searchers() {
        return searchers;
    }

    // ---- writes (the topic consumer, or a bulk loader; during a catch-up, also its lanes: see CatchUpLanes) ----

    /** Adds or replaces the record with this id (a deletion marker of the same id included). */
    public void upsert(ColRecord record, byte[] json, Instant topicTime) {
        upsert(record, json, topicTime, -1, false);
    }

    /**
     * As {@link #upsert(ColRecord, byte[], Instant)} for a record consumed from the records topic, whose
     * raw value was published at {@code rawPublishedMillis} (-1 when unknown): its {@link Freshness}
     * sample is then split by stage. {@code newRecord} when the normaliser said the write comes from a record new
     * to the topic: it may wait for the longer refresh interval of the {@link RefreshPolicy}.
     */
    public void upsert(ColRecord record, byte[] json, Instant topicTime, long rawPublishedMillis, boolean newRecord) {
        Instant at = record.updatedAt() != null ? record.updatedAt() : topicTime;
        try {
            long seqNo = writer.updateDocument(new Term(ID, record.id()), RecordDocument.of(record, json, at));
            lastGeneration.accumulateAndGet(seqNo, Math::max);
            if (!newRecord) {
                changeWritten();
            }
            remember(record.id(), record.issuerCountry(), seqNo);
            if (record.provenance() != null && record.provenance().harvestedAt() != null) {
                freshness.written(seqNo, record.provenance().harvestedAt().toEpochMilli(), rawPublishedMillis,
                        topicTime.toEpochMilli(), System.currentTimeMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + record.id(), e);
        }
    }

    /**
     * Removes the record with this id, keeping a deletion marker (with its last country) for feeds.
     * The country comes from what this writer wrote for the id since the searcher last refreshed (a
     * record and its tombstone often arrive in the same batch), else from the current searcher:
     * no refresh is forced, which used to cost a segment flush per tombstone.
     */
    public void delete(String id, Instant at) {
        UnrefreshedWrites.Write last = written.last(id);
        String country = last != null ? last.country() : withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(ID, id)), 1);
            return top.scoreDocs.length == 0 ? null : s.storedFields().document(top.scoreDocs[0].doc, Set.of(COUNTRY)).get(COUNTRY);
        });
        try {
            long seqNo = writer.updateDocument(new Term(ID, id), RecordDocument.deletion(id, at, country));
            lastGeneration.accumulateAndGet(seqNo, Math::max);
            changeWritten();
            remember(id, country, seqNo);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + id, e);
        }
    }

    /** After the writer has the change: a refresh that begins after the flag is set sees the change. */
    private void changeWritten() {
        if (!changeWaits.get()) { // most writes find it set already: a read, not a write to a shared cache line
            changeWaits.set(true);
        }
    }

    private void remember(String id, String country, long seqNo) {
        written.remember(id, country, seqNo, visibleGeneration);
        if (reopener == null && written.size() >= catchUpRefreshEvery) {
            refreshCatchUp();
        }
    }

    /**
     * Refreshes a catch-up's searchers on a thread of its own, so the writes remembered can be
     * dropped, unless such a refresh is under way. Done on the writing thread, the refresh (a flush of
     * every segment buffered) held up each catch-up lane in turn: in a new replica's 170 s catch-up of
     * a million records (profiled), its lanes waited 21 s for one another's refresh.
     */
    private void refreshCatchUp() {
        Thread running = catchUpRefresh;
        if (running != null && running.isAlive()) {
            return; // every write until the refresh is done gets here: no lock for them to contend on
        }
        synchronized (this) {
            if (catchUpRefresh == running) {
                catchUpRefresh = startCatchUpRefresh();
            }
        }
    }

    private Thread startCatchUpRefresh() {
        Thread refresh = new Thread(() -> {
            try {
                searchers.maybeRefreshBlocking();
                written.prune(visibleGeneration);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("refreshing the index at %s during a catch-up: %s", folder, e.getMessage());
            }
        }, "index-catch-up-refresh");
        refresh.setDaemon(true);
        refresh.start();
        return refresh;
    }

    /** Tests: a catch-up refreshes once it has this many writes the searchers do not see. */
    void catchUpRefreshEvery(int writes) {
        catchUpRefreshEvery = writes;
    }

    /** Waits for a catch-up's refresh under way, if any: before the catch-up ends or the index closes. */
    private void awaitCatchUpRefresh() {
        Thread running = catchUpRefresh;
        if (running == null) {
            return;
        }
        try {
            running.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A replica reading a backlog (a new one from the beginning of the topic, or one that was down):
     * until {@link #endCatchUp}, no near-real-time refresh (nobody searches a replica that is not
     * ready, and each refresh would flush a small segment to be merged again) and a writer buffer of
     * {@code ramBufferMb}, so segments are flushed large. Idempotent.
     */
    public synchronized void beginCatchUp(double ramBufferMb) {
        NearRealTimeRefresh running = reopener;
        if (running != null) {
            reopener = null;
            running.close();
            writer.getConfig().setRAMBufferSizeMB(Math.max(ramBufferMb, this.ramBufferMb));
        }
    }

    /** Ends a catch-up: everything written becomes searchable, is committed with these offsets, and near-real-time refresh resumes. */
    public synchronized void endCatchUp(Map<String, Long> nextOffsets) {
        if (reopener != null) {
            return;
        }
        awaitCatchUpRefresh();
        writer.getConfig().setRAMBufferSizeMB(ramBufferMb);
        // commit first: the commit's flush is the only one, and the searcher opened after it is current
        commit(nextOffsets);
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index at " + folder, e);
        }
        reopener = startReopener();
    }

    /** True between {@link #beginCatchUp} and {@link #endCatchUp}. */
    public boolean catchingUp() {
        return reopener == null;
    }

    /** How long records took from their page's fetch to being searchable. */
    public Freshness freshness() {
        return freshness;
    }

    /**
     * Commits everything written so far together with these offsets (next offset to read, by
     * {@code topic-partition}); offsets of partitions not named keep their committed value.
     */
    public synchronized void commit(Map<String, Long> nextOffsets) {
        Map<String, String> data = new HashMap<>(committed);
        nextOffsets.forEach((tp, offset) -> data.put(OFFSET_KEY_PREFIX + tp, Long.toString(offset)));
        data.put(SCHEMA_KEY, Integer.toString(VERSION));
        writer.setLiveCommitData(data.entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index at " + folder, e);
        }
        committed.clear();
        committed.putAll(data);
    }

    /** The offsets saved by the last commit (next offset to read, by {@code topic-partition}). */
    public synchronized Map<String, Long> committedOffsets() {
        Map<String, Long> out = new HashMap<>();
        committed.forEach((k, v) -> {
            if (k.startsWith(OFFSET_KEY_PREFIX)) {
                out.put(k.substring(OFFSET_KEY_PREFIX.length()), Long.parseLong(v));
            }
        });
        return out;
    }

    /** Blocks until every write made so far is visible to searches (tests, bulk loads). */
    public void awaitVisible() {
        try {
            if (lastGeneration.get() < 0 || lastGeneration.get() > visibleGeneration) {
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refreshes that took at least the logged threshold ({@link #SLOW_REFRESH_MS}). */
    public long slowRefreshes() {
        return slowRefreshes.sum();
    }

    /** Tests: log (and count) refreshes from this many milliseconds on. */
    void slowRefreshMs(long ms) {
        slowRefreshMs = ms;
    }

    /** Searcher refreshes that opened a new point in time (each one flushed the writes before it to a new segment). */
    public long refreshCount() {
        return refreshes.sum();
    }

    /** Segments of the current searcher. */
    public int segmentCount() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** Documents in the index, live records and deletion markers together (one per id, by construction). */
    public int documentCount() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    // ---- RecordIndex ----

    @Override
    public Optional<ColRecord> get(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return withSearcher(s -> {
            TopDocs top = s.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.FILTER)
                    .add(RECORDS, BooleanClause.Occur.FILTER).build(), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(recordAt(s, top.scoreDocs[0].doc));
        });
    }

    /** The stored JSON of a live record, as consumed; empty when absent or deleted. */
    public Optional<byte[]> json(String id) {
        return withSearcher(s -> {
            TopDocs top = s.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.FILTER)
                    .add(RECORDS, BooleanClause.Occur.FILTER).build(), 1);
            return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(jsonAt(s, top.scoreDocs[0].doc));
        });
    }

    @Override
    public Page<Change> changes(Instant from, Instant until, String country, String cursor, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000, was " + limit);
        }
        ChangeCursor after = cursor == null ? null : ChangeCursor.decode(cursor);
        long lo = from == null ? Long.MIN_VALUE : RecordDocument.micros(from);
        long hi = until == null ? Long.MAX_VALUE : RecordDocument.micros(until);
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(LongPoint.newRangeQuery(AT, lo, hi), BooleanClause.Occur.FILTER);
        if (country != null) {
            q.add(new TermQuery(new Term(COUNTRY, country.toUpperCase(java.util.Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        return withSearcher(s -> {
            int maxDoc = s.getIndexReader().maxDoc();
            if (maxDoc == 0) {
                return new Page<Change>(List.of(), null);
            }
            // (at, id) is unique, so the doc id only breaks the tie with the cursor's own entry: exclude it.
            FieldDoc afterDoc = after == null ? null
                    : new FieldDoc(maxDoc - 1, Float.NaN, new Object[]{after.atMicros(), new BytesRef(after.id())});
            TopDocs top = afterDoc == null ? s.search(q.build(), limit + 1, CHANGE_ORDER)
                    : s.searchAfter(afterDoc, q.build(), limit + 1, CHANGE_ORDER);
            List<Change> items = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (int i = 0; i < Math.min(limit, top.scoreDocs.length); i++) {
                int doc = top.scoreDocs[i].doc;
                Document d = stored.document(doc);
                Instant at = RecordDocument.fromMicros(d.getField(AT).numericValue().longValue());
                ColRecord record = KIND_RECORD.equals(d.get(KIND)) ? ColJson.read(bytes(d.getBinaryValue(JSON))) : null;
                items.add(new Change(d.get(ID), at, record));
            }
            String next = null;
            if (top.scoreDocs.length > limit) {
                Change last = items.get(items.size() - 1);
                next = new ChangeCursor(RecordDocument.micros(last.at()), last.id()).encode();
            }
            return new Page<>(items, next);
        });
    }

    @Override
    public Optional<Instant> earliestChange() {
        return boundary(false);
    }

    @Override
    public Optional<Instant> latestChange() {
        return boundary(true);
    }

    private Optional<Instant> boundary(boolean latest) {
        return withSearcher(s -> {
            TopDocs top = s.search(new MatchAllDocsQuery(), 1, new Sort(new SortField(AT, SortField.Type.LONG, latest)));
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(RecordDocument.fromMicros((Long) ((FieldDoc) top.scoreDocs[0]).fields[0]));
        });
    }

    @Override
    public void forEach(Consumer<ColRecord> sink) {
        withSearcher(s -> {
            Weight weight = s.createWeight(s.rewrite(RECORDS), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                StoredFields stored = leaf.reader().storedFields();
                DocIdSetIterator it = scorer.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    // Scorer iterates live docs only for queries over a searcher's reader: deletions applied.
                    if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
                        continue;
                    }
                    sink.accept(ColJson.read(bytes(stored.document(doc, Set.of(JSON)).getBinaryValue(JSON))));
                }
            }
            return null;
        });
    }

    /**
     * Per source (by {@code harvestedFrom}, "unknown" when none), the figures of its live records the
     * operators' report shows; summed from doc values and cached per index segment, so this costs
     * little whatever the index size. The tallies are shared: do not change them.
     */
    public Map<String, SourceTally> sourceTallies() {
        return withSearcher(tallies::of);
    }

    /** Drops the cached per-segment tallies (the next {@link #sourceTallies()} sums every segment again). */
    public void forgetSourceTallies() {
        tallies.clear();
    }

    @Override
    public long count() {
        return withSearcher(s -> (long) s.count(RECORDS));
    }

    private static ColRecord recordAt(IndexSearcher s, int doc) throws IOException {
        return ColJson.read(jsonAt(s, doc));
    }

    private static byte[] jsonAt(IndexSearcher s, int doc) throws IOException {
        return bytes(s.storedFields().document(doc, Set.of(JSON)).getBinaryValue(JSON));
    }

    private static byte[] bytes(BytesRef ref) {
        return java.util.Arrays.copyOfRange(ref.bytes, ref.offset, ref.offset + ref.length);
    }

    /** A read against one acquired searcher, released whatever happens. */
    public <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("index read failed at " + folder, e);
        }
    }

    /** A unit of read work that may throw {@link IOException}. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /**
     * Closes without committing: whatever was written after the last {@link #commit} is dropped, and is
     * consumed again from the offsets of that commit at the next start.
     */
    @Override
    public void close() {
        NearRealTimeRefresh running = reopener;
        if (running != null) {
            running.close();
        }
        awaitCatchUpRefresh();
        try {
            searchers.close();
            writer.rollback();
            writer.getDirectory().close(); // the one the writer was opened on, also after an unreadable index was moved aside
        } catch (IOException e) {
            LOG.warnf("closing the index at %s: %s", folder, e.getMessage());
        }
    }
}
