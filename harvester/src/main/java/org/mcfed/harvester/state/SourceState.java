package org.mcfed.harvester.state;

import org.mcfed.connector.KnownLastModified;
import org.mcfed.connector.KnownRecord;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * One source's state as read back from the state topic: the records it knows, the run in
 * progress, if any, and the incremental watermark the last completed run reached. Changed only after the transaction that wrote the change has committed.
 */
public final class SourceState {

    /** A start shorter than this is not worth sharing (the reference and the split cost about as much). */
    private static final int MIN_URL_PREFIX = 24;
    /** The most URL starts a source shares; a registry's detail pages have a few. */
    private static final int MAX_URL_PREFIXES = 256;

    private final String source;
    /**
     * The known records by local id, held compactly ({@link StoredEntry}) and concurrent: the connector's
     * detail workers read them ({@link #knownRecords}) while the run applies each committed transaction.
     */
    private final Map<String, StoredEntry> known = new ConcurrentHashMap<>();
    /** One instance per connector name and run id (a few values, held by every entry); see {@link #put}. */
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** The URL starts the entries share, one instance each ({@link #urlPrefix}). */
    private final Map<String, String> urlPrefixes = new ConcurrentHashMap<>();
    private final Map<String, KnownEntry> entriesView = new View<>(this::entryOf);
    private final Map<String, KnownRecord> recordsView = new RecordsView();
    private Checkpoint checkpoint;
    private Instant watermark;

    public SourceState(String source) {
        this.source = source;
    }

    public String source() {
        return source;
    }

    public KnownEntry known(String localId) {
        return entriesView.get(localId);
    }

    /** The known entries, read-only and live: each is decoded when read, so hold on to what you need. */
    public Map<String, KnownEntry> knownEntries() {
        return entriesView;
    }

    /**
     * The validators and checksums the connector gets at start: a read-only, live view (a copy took about
     * 50 bytes a record for as long as a run lasted). A record the run has already published is seen as
     * published, so a page the listing shows twice is compared with what the run just published.
     */
    public Map<String, KnownRecord> knownRecords() {
        return recordsView;
    }

    public Checkpoint checkpoint() {
        return checkpoint;
    }

    /**
     * Remembers an entry, holding one copy of its connector name and run id for the whole state: read back
     * from the topic, every entry had its own copies of these few values.
     */
    public void put(KnownEntry entry) {
        String connector = entry.connector() == null ? null : names.computeIfAbsent(entry.connector(), c -> c);
        String run = entry.lastSeenRun() == null ? null : names.computeIfAbsent(entry.lastSeenRun(), r -> r);
        known.put(entry.localId(), new StoredEntry(connector, entry.known(), entry.url(), urlPrefix(entry.url()), run));
    }

    /**
     * The start of {@code url} that the source's records share, held once for all: its path up to the last {@code /},
     * or up to its query's first value ({@code .../detail?regNo=}). HKQR's detail URLs are about 85 characters, of which
     * the record's own part is 16. Null (the whole URL is held) for a short start, or once the source has
     * {@link #MAX_URL_PREFIXES} of them (a registry whose URLs share nothing).
     */
    private String urlPrefix(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        int value = query < 0 ? -1 : url.indexOf('=', query);
        int cut = value >= 0 ? value + 1 : (query >= 0 ? url.lastIndexOf('/', query) : url.lastIndexOf('/')) + 1;
        if (cut < MIN_URL_PREFIX) {
            return null;
        }
        String prefix = url.substring(0, cut);
        String shared = urlPrefixes.get(prefix);
        if (shared != null || urlPrefixes.size() >= MAX_URL_PREFIXES) {
            return shared;
        }
        return urlPrefixes.computeIfAbsent(prefix, p -> p);
    }

    private KnownEntry entryOf(StoredEntry e, String localId) {
        return e.entry(source, localId);
    }

    public void remove(String localId) {
        known.remove(localId);
    }

    public void checkpoint(Checkpoint next) {
        checkpoint = next;
    }

    /**
     * Where the next run starts for sources that page by time (COL feed {@code since}, OAI
     * {@code from}): the position's {@code since} at the end of the last completed run; null for a
     * full run and for sources without one.
     */
    public Instant watermark() {
        return watermark;
    }

    public void watermark(Instant next) {
        watermark = next;
    }

    /** Whether the record is known and was last seen in another run than {@code runId}; its entry is not decoded. */
    public boolean knownAndNotSeenIn(String localId, String runId) {
        StoredEntry e = known.get(localId);
        return e != null && !runId.equals(e.lastSeenRun());
    }

    /** Entries a complete run {@code runId} did not see: the deletions of its sweep. */
    public List<KnownEntry> notSeenIn(String runId) {
        return notSeenIn(runId, id -> false);
    }

    /**
     * Entries a complete run {@code runId} did not see, neither as the state says nor as {@code seenOtherwise} says (by
     * local id). Only those are decoded: decoding every entry to keep a few took the harvester about a second at the end
     * of each run at a million records, when nearly all had been seen.
     */
    public List<KnownEntry> notSeenIn(String runId, Predicate<String> seenOtherwise) {
        return known.entrySet().stream().filter(e -> !runId.equals(e.getValue().lastSeenRun()) && !seenOtherwise.test(e.getKey()))
                .map(e -> entryOf(e.getValue(), e.getKey())).toList();
    }

    /** The view handed to connectors, which also reads a record's Last-Modified without decoding the record. */
    private final class RecordsView extends View<KnownRecord> implements KnownLastModified {

        RecordsView() {
            super(StoredEntry::known);
        }

        @Override
        public Instant lastModifiedInstant(String localId) {
            StoredEntry e = known.get(localId);
            return e == null ? null : e.lastModifiedInstant();
        }
    }

    /** A read-only view of {@link #known} decoding each entry as it is read. */
    private class View<V> extends AbstractMap<String, V> {

        private final BiFunction<StoredEntry, String, V> decode;

        View(BiFunction<StoredEntry, String, V> decode) {
            this.decode = decode;
        }

        @Override
        public V get(Object localId) {
            StoredEntry e = known.get(localId);
            return e == null ? null : decode.apply(e, (String) localId);
        }

        @Override
        public boolean containsKey(Object localId) {
            return known.containsKey(localId);
        }

        @Override
        public int size() {
            return known.size();
        }

        @Override
        public Set<String> keySet() {
            return Collections.unmodifiableSet(known.keySet());
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, V>> iterator() {
                    Iterator<Map.Entry<String, StoredEntry>> it = known.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Entry<String, V> next() {
                            Map.Entry<String, StoredEntry> e = it.next();
                            return new SimpleImmutableEntry<>(e.getKey(), decode.apply(e.getValue(), e.getKey()));
                        }
                    };
                }

                @Override
                public int size() {
                    return known.size();
                }
            };
        }
    }
}
