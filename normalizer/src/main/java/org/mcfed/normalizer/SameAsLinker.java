package org.mcfed.normalizer;

import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Links listings of the same offering by different registries both ways in {@code sameAs}, never
 * merging them. Two records are linked when they come from different sources and share an
 * {@link OfferingKey} (same awarding body and normalised title), or when either names the other
 * (a source's own {@code sameAs}, e.g. a COL feed's). When a record arrives, changes or is deleted,
 * each record it was or becomes linked to is republished with its updated {@code sameAs}.
 *
 * <p>State: in the heap, per record only what linking needs (id, source, offering keys, stated
 * links, current {@code sameAs}, harvest time: 250 to 400 bytes a record measured by
 * {@code NormalizerScaleBenchmark}, so a million records take 250 to 400 MB); the record's JSON
 * value, needed only to republish it when its links change, lives in a local append-only file
 * ({@link ValueStore}), addressed by offset. Key groups are split by source,
 * so finding a record's partners costs the partners found, not the size of its own registry's group.
 * The state is rebuilt by reading {@code mcfed.records.v1} from the beginning at start, then kept
 * current by reading it on before each batch ({@link #load}); a value equal to the one this linker
 * holds (its own write coming back) is recognised by its length and fingerprint, without parsing it.
 *
 * <p>Determinism trade-off: {@link RawRecordNormalizer} is a pure function of one raw record, but
 * {@code sameAs} depends on which other records exist. The value first written for a record may
 * therefore differ between a first run and a replay (in a replay the partner is already known),
 * while the <em>final</em> value of every key is the same: it is a function of the set of records
 * alone, not of the order they arrived in. {@code updatedAt} is the latest {@code harvestedAt} of the
 * record and its linked records, so it too comes from raw records, never the wall clock, and moves
 * when a link appears. Known limits: the links a source stated are not marked as such on the topic,
 * so after a restart a stored link that shared keys no longer explain is kept as if stated; and
 * with several normalizer instances two partners normalised at the same moment on different
 * instances are linked only when one of them is next normalised (or on replay). Not thread-safe:
 * one loop owns it.
 */
public final class SameAsLinker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SameAsLinker.class);
    private static final String[] NO_KEYS = new String[0];

    /** What linking needs of one record; its JSON value is in the {@link ValueStore} at {@code offset}. */
    private static final class Entry {
        final String id;
        final String source;
        final String[] keys;
        Set<String> stated;
        final Instant harvestedAt;
        List<String> sameAs;
        Instant updatedAt;
        long offset;
        int length;
        /** {@link #fingerprint} of the value at {@code offset}: recognises this linker's own write coming back without reading the file. */
        long fingerprint;

        Entry(String id, String source, String[] keys, Set<String> stated, Instant harvestedAt) {
            this.id = id;
            this.source = source;
            this.keys = keys;
            this.stated = stated;
            this.harvestedAt = harvestedAt;
        }

        /** True when an entry made of these facts would equal this one before its links are computed. */
        boolean sameFacts(String source, String[] keys, Set<String> stated, Instant harvestedAt) {
            // keys: in the order keysOf gave them (index() only swaps in shared instances of equal strings)
            return this.source.equals(source) && Objects.equals(this.harvestedAt, harvestedAt)
                    && this.stated.equals(stated) && Arrays.equals(this.keys, keys);
        }
    }

    private final Map<String, Entry> byId = new HashMap<>();
    /** Per offering key: the one record that has it (the usual case), or a {@link KeyGroup}. */
    private final Map<String, Object> byKey = new HashMap<>();
    private final Map<String, Set<String>> statedBy = new HashMap<>();
    private final Map<String, String> sources = new HashMap<>();
    private final List<Entry> unsettled = new ArrayList<>();
    /**
     * Ids whose linking state changed since the last {@link #changesSaved()}, so that a snapshot can save only
     * those; null = every record (before the first save, after a clear, a restore or a compaction, which moves
     * every value), and then nothing is tracked: without snapshots it costs nothing.
     */
    private Set<String> changed;
    private ValueStore values;

    /** With its value file in the JVM's temporary directory. */
    public SameAsLinker() {
        this((Path) null);
    }

    /** With its value file in {@code stateDirectory} (created if missing; null = the temporary directory). */
    public SameAsLinker(Path stateDirectory) {
        this(new ValueStore(stateDirectory));
    }

    SameAsLinker(ValueStore values) {
        this.values = values;
    }

    /** Records sharing one offering key, by source: partners are looked up in the other sources only. */
    private static final class KeyGroup {
        final String key;
        final Map<String, Set<Entry>> bySource = new HashMap<>(4);

        KeyGroup(String key) {
            this.key = key;
        }

        int size() {
            int n = 0;
            for (Set<Entry> s : bySource.values()) {
                n += s.size();
            }
            return n;
        }
    }

    /**
     * Applies a normalised record or tombstone and returns every write it causes: the record itself
     * first (with its {@code sameAs} and {@code updatedAt}; {@link RecordWrite#unchanged() unchanged} when the
     * topic holds that value already), then each linked record whose links changed. When the record is new to
     * the topic (this state holds no record of its id), every one of these writes is
     * {@link RecordWrite#newRecord() of a new record}: its partners' new links come from its arrival.
     */
    public List<RecordWrite> apply(Outcome outcome) {
        return apply(outcome, null);
    }

    /**
     * As {@link #apply(Outcome)}, with the published record's JSON as normalised ({@code asIs}, may be null):
     * written as is when linking changes neither its {@code sameAs} nor its {@code updatedAt} (most records),
     * so the loop thread does not serialise it again.
     */
    public List<RecordWrite> apply(Outcome outcome, byte[] asIs) {
        List<RecordWrite> writes = new ArrayList<>();
        Set<String> neighbours = new TreeSet<>();
        boolean newRecord = false;
        if (outcome instanceof Outcome.Published p) {
            ColRecord r = p.record();
            LinkFacts f = LinkFacts.of(r);
            String[] keys = keysOf(f);
            Set<String> stated = stated(f.sameAs());
            Entry old = byId.get(f.id());
            Entry e;
            if (old != null && old.sameFacts(f.source(), keys, stated, f.harvestedAt())) {
                e = old; // e.g. a replay: the entry stays as it is, indexed, instead of being made again
            } else {
                old = unindex(f.id()); // its value stays in the file if the new one is the same bytes
                e = new Entry(f.id(), source(f.source()), keys, stated, f.harvestedAt());
                index(e);
            }
            if (old != null) {
                neighbours.addAll(old.sameAs);
            }
            newRecord = old == null;
            writes.add(render(e, r, links(e), asIs, old));
            neighbours.addAll(e.sameAs);
        } else if (outcome instanceof Outcome.Tombstone t) {
            Entry old = remove(t.id());
            if (old != null) {
                neighbours.addAll(old.sameAs);
            }
            writes.add(new RecordWrite(t.id(), null));
        } else {
            throw new IllegalArgumentException("only records and tombstones are linked, not " + outcome);
        }
        for (String n : neighbours) {
            refresh(n, writes);
        }
        compactIfWorthIt();
        if (newRecord) {
            writes.replaceAll(RecordWrite::ofNewRecord);
        }
        return writes;
    }

    /**
     * Takes a value read from {@code mcfed.records.v1} (null = tombstone) as the current state of that
     * id, without writing anything: the topic is the authority. Call {@link #settle()} after a run of loads.
     */
    public void load(String id, byte[] value) {
        if (value == null) {
            remove(id);
            return;
        }
        Entry existing = byId.get(id);
        if (existing != null && existing.length == value.length && existing.fingerprint == fingerprint(value)) {
            return; // e.g. this linker's own write coming back
        }
        LinkFacts r;
        try {
            r = LinkFacts.read(value);
        } catch (UncheckedIOException e) {
            // not a COL record (written by something else): it cannot be linked, and must not stop the loop
            LOG.warnf("ignoring unreadable value of %s on mcfed.records.v1 for sameAs: %s", id, e.getMessage());
            remove(id);
            return;
        }
        remove(id);
        List<String> stored = r.sameAs() == null ? List.of() : r.sameAs();
        Entry e = new Entry(id, source(r.source()), keysOf(r), stated(stored), r.harvestedAt());
        e.sameAs = stored.isEmpty() ? List.of() : List.copyOf(new TreeSet<>(stored));
        e.updatedAt = Objects.equals(r.updatedAt(), e.harvestedAt) ? e.harvestedAt : r.updatedAt();
        store(e, value, null);
        index(e);
        unsettled.add(e);
    }

    /**
     * After loading: a stored link that a shared key explains is derived, not stated, so it is
     * dropped from the stated links (and will go if the titles stop matching).
     */
    public void settle() {
        for (Entry e : unsettled) {
            if (byId.get(e.id) != e || e.stated.isEmpty()) {
                continue;
            }
            Set<String> stated = new TreeSet<>(e.stated);
            stated.removeAll(keyPartners(e));
            setStated(e, stated.isEmpty() ? Set.of() : stated);
        }
        unsettled.clear();
        compactIfWorthIt();
    }

    /** Forgets everything, before a rebuild from the topic. */
    public void clear() {
        forgetLinks();
        values.clear();
    }

    /** Forgets everything and closes the value file (deleted unless kept for a snapshot). */
    @Override
    public void close() {
        forgetLinks();
        values.close();
    }

    private void forgetLinks() {
        changed = null;
        byId.clear();
        byKey.clear();
        statedBy.clear();
        unsettled.clear();
    }

    /** The value file, for a snapshot to name: its path (null before the first value), end and garbage. */
    ValueStore values() {
        return values;
    }

    /**
     * Writes every record's linking state (not its value, which is in the value file) for a
     * {@link SameAsSnapshot}: {@link #readEntries} gives back exactly this state, stated links included,
     * which a rebuild from the topic cannot tell apart from derived ones.
     */
    void writeEntries(DataOutput out) throws IOException {
        out.writeInt(byId.size());
        for (Entry e : byId.values()) {
            writeEntry(out, e);
        }
    }

    /** True when every record must be saved: {@link #writeChanges} cannot say what changed since the last save. */
    boolean allChanged() {
        return changed == null;
    }

    /**
     * Writes the linking state of each record changed since the last {@link #changesSaved()}, or its removal,
     * for {@link #readChanges} to apply over the state saved then. Only when {@link #allChanged()} is false.
     */
    void writeChanges(DataOutput out) throws IOException {
        out.writeInt(changed.size());
        for (String id : changed) {
            Entry e = byId.get(id);
            out.writeBoolean(e != null);
            if (e != null) {
                writeEntry(out, e);
            } else {
                out.writeUTF(id);
            }
        }
    }

    /** Applies what {@link #writeChanges} wrote, over the state {@link #readEntries} (and earlier changes) made. */
    void readChanges(DataInput in) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            if (in.readBoolean()) {
                Entry e = readEntry(in);
                unindex(e.id);
                index(e);
            } else {
                unindex(in.readUTF());
            }
        }
    }

    /** The state as it is now is saved: from here on, only what changes is tracked for the next save. */
    void changesSaved() {
        changed = new HashSet<>();
    }

    private static void writeEntry(DataOutput out, Entry e) throws IOException {
        out.writeUTF(e.id);
        out.writeUTF(e.source);
        SnapshotFormat.writeStrings(out, Arrays.asList(e.keys));
        SnapshotFormat.writeStrings(out, e.stated);
        SnapshotFormat.writeInstant(out, e.harvestedAt);
        SnapshotFormat.writeStrings(out, e.sameAs);
        SnapshotFormat.writeInstant(out, e.updatedAt);
        out.writeLong(e.offset);
        out.writeInt(e.length);
        out.writeLong(e.fingerprint);
    }

    private Entry readEntry(DataInput in) throws IOException {
        String id = in.readUTF();
        String source = source(in.readUTF());
        String[] keys = SnapshotFormat.readStrings(in).toArray(NO_KEYS);
        List<String> stated = SnapshotFormat.readStrings(in);
        Entry e = new Entry(id, source, keys, stated.isEmpty() ? Set.of() : new TreeSet<>(stated), SnapshotFormat.readInstant(in));
        e.sameAs = List.copyOf(SnapshotFormat.readStrings(in));
        e.updatedAt = SnapshotFormat.readInstant(in);
        e.offset = in.readLong();
        e.length = in.readInt();
        e.fingerprint = in.readLong();
        return e;
    }

    /**
     * Replaces the whole state by what {@link #writeEntries} wrote, with {@code reopened} (the value file
     * the snapshot named) as the value file; the current one is deleted if it is another file.
     */
    void readEntries(DataInput in, ValueStore reopened) throws IOException {
        forgetLinks();
        if (values.file() != null && !values.file().equals(reopened.file())) {
            values.delete();
        } else {
            values.close();
        }
        values = reopened;
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            index(readEntry(in));
        }
    }

    public int size() {
        return byId.size();
    }

    /** The current {@code sameAs} of a known record, or null. */
    public List<String> sameAsOf(String id) {
        Entry e = byId.get(id);
        return e == null ? null : e.sameAs;
    }

    /** Bytes in the value file and how many of them are garbage, for operators and benchmarks. */
    public long valueFileBytes() {
        return values.sizeBytes();
    }

    /** The largest number of records sharing one offering key (all sources), for benchmarks. */
    public int largestKeyGroup() {
        int largest = byKey.isEmpty() ? 0 : 1;
        for (Object o : byKey.values()) {
            if (o instanceof KeyGroup g) {
                largest = Math.max(largest, g.size());
            }
        }
        return largest;
    }

    private void refresh(String id, List<RecordWrite> writes) {
        Entry e = byId.get(id);
        if (e == null) {
            return;
        }
        List<String> links = links(e);
        if (links.equals(e.sameAs) && latest(e, links).equals(e.updatedAt)) {
            return;
        }
        ColRecord r = ColJson.read(values.read(e.offset, e.length));
        writes.add(render(e, r, links, null, e));
    }

    /**
     * The write of the record with its links; {@code asIs} (the record's JSON, or null) when the links change
     * nothing in it. {@code previous} is the entry whose value the topic holds for this id (null when none):
     * when the new value is the same bytes, the write is marked {@link RecordWrite#unchanged() unchanged} and
     * that value is kept where it is in the value file instead of being appended again.
     */
    private RecordWrite render(Entry e, ColRecord r, List<String> links, byte[] asIs, Entry previous) {
        Instant updatedAt = latest(e, links);
        boolean linksKept = e == previous && links.equals(e.sameAs) && Objects.equals(updatedAt, e.updatedAt);
        e.sameAs = links;
        e.updatedAt = updatedAt;
        byte[] value = asIs != null && links.equals(r.sameAs()) && Objects.equals(updatedAt, r.updatedAt()) ? asIs
                : ColJson.writeBytes(r.toBuilder().sameAs(links).updatedAt(updatedAt).build());
        boolean sameBytes = store(e, value, previous);
        if (!(linksKept && sameBytes)) {
            changed(e.id); // a kept entry whose links and value stay the same has nothing new for a snapshot
        }
        return new RecordWrite(e.id, value, sameBytes, false);
    }

    /**
     * Points {@code e} at {@code value} in the value file: at {@code previous}'s value when it is the same bytes
     * (true: nothing appended), else at the value appended now, {@code previous}'s counted as garbage.
     */
    private boolean store(Entry e, byte[] value, Entry previous) {
        long fingerprint = fingerprint(value);
        if (previous != null && previous.length == value.length && previous.fingerprint == fingerprint) {
            e.offset = previous.offset;
            e.length = previous.length;
            e.fingerprint = fingerprint;
            return true;
        }
        if (previous != null && previous.length > 0) {
            values.discard(previous.length);
        }
        e.offset = values.append(value);
        e.length = value.length;
        e.fingerprint = fingerprint;
        return false;
    }

    /**
     * 64 bits of two different CRCs (both computed by the CPU's own instructions): equal values of equal
     * length have equal fingerprints, and two different values of one record colliding on both is about
     * one chance in 10^19 per value read. Comparing the stored bytes instead meant a file read per value.
     */
    static long fingerprint(byte[] value) {
        CRC32C c = new CRC32C();
        c.update(value, 0, value.length);
        CRC32 d = new CRC32();
        d.update(value, 0, value.length);
        return c.getValue() << 32 | d.getValue();
    }

    private List<String> links(Entry e) {
        Set<String> partners = keyPartners(e);
        Set<String> statedByOthers = statedBy.get(e.id);
        if (e.stated.isEmpty() && statedByOthers == null) {
            return partners.isEmpty() ? List.of() : List.copyOf(partners);
        }
        Set<String> links = new TreeSet<>(e.stated);
        if (statedByOthers != null) {
            links.addAll(statedByOthers);
        }
        links.addAll(partners);
        links.remove(e.id);
        return List.copyOf(links);
    }

    /** Records of other sources sharing a key with {@code e}, sorted by id. */
    private Set<String> keyPartners(Entry e) {
        Set<String> partners = new TreeSet<>();
        for (String key : e.keys) {
            Object members = byKey.get(key);
            if (members instanceof KeyGroup g) {
                for (Map.Entry<String, Set<Entry>> bySource : g.bySource.entrySet()) {
                    if (!bySource.getKey().equals(e.source)) {
                        for (Entry o : bySource.getValue()) {
                            partners.add(o.id);
                        }
                    }
                }
            } else if (members instanceof Entry o && !o.source.equals(e.source)) {
                partners.add(o.id);
            }
        }
        partners.remove(e.id);
        return partners;
    }

    private Instant latest(Entry e, List<String> links) {
        Instant latest = e.harvestedAt;
        for (String id : links) {
            Entry o = byId.get(id);
            if (o != null && o.harvestedAt != null && (latest == null || o.harvestedAt.isAfter(latest))) {
                latest = o.harvestedAt;
            }
        }
        return latest;
    }

    private void index(Entry e) {
        changed(e.id);
        byId.put(e.id, e);
        for (int i = 0; i < e.keys.length; i++) {
            String key = e.keys[i];
            Object members = byKey.get(key);
            if (members == null) {
                byKey.put(key, e);
                continue;
            }
            KeyGroup g;
            if (members instanceof KeyGroup existing) {
                g = existing;
            } else {
                Entry only = (Entry) members;
                g = new KeyGroup(sameKey(only.keys, key));
                g.bySource.computeIfAbsent(only.source, s -> new HashSet<>(4)).add(only);
                byKey.put(key, g);
            }
            e.keys[i] = g.key; // one String per key, however many records share it
            g.bySource.computeIfAbsent(e.source, s -> new HashSet<>(4)).add(e);
        }
        for (String target : e.stated) {
            statedBy.computeIfAbsent(target, k -> new HashSet<>()).add(e.id);
        }
    }

    private Entry remove(String id) {
        Entry e = unindex(id);
        if (e != null) {
            values.discard(e.length);
        }
        return e;
    }

    /** Takes the record out of the indexes; its value stays counted in the value file (a snapshot's change counts it already). */
    private Entry unindex(String id) {
        Entry e = byId.remove(id);
        if (e == null) {
            return null;
        }
        changed(id);
        for (String key : e.keys) {
            Object members = byKey.get(key);
            if (members == e) {
                byKey.remove(key);
            } else if (members instanceof KeyGroup g) {
                Set<Entry> same = g.bySource.get(e.source);
                if (same != null && same.remove(e) && same.isEmpty()) {
                    g.bySource.remove(e.source);
                }
                if (g.bySource.isEmpty()) {
                    byKey.remove(key);
                }
            }
        }
        setStatedIndex(e, Set.of(), e.stated);
        return e;
    }

    private void changed(String id) {
        if (changed != null) {
            changed.add(id);
        }
    }

    private void setStated(Entry e, Set<String> stated) {
        changed(e.id);
        Set<String> previous = e.stated;
        e.stated = stated;
        setStatedIndex(e, stated, previous);
    }

    private void setStatedIndex(Entry e, Set<String> now, Set<String> before) {
        for (String target : before) {
            if (!now.contains(target)) {
                Set<String> ids = statedBy.get(target);
                if (ids != null && ids.remove(e.id) && ids.isEmpty()) {
                    statedBy.remove(target);
                }
            }
        }
        for (String target : now) {
            statedBy.computeIfAbsent(target, k -> new HashSet<>()).add(e.id);
        }
    }

    /** Copies the live values to a fresh file once garbage (replaced values) outweighs them. */
    private void compactIfWorthIt() {
        if (!values.wantsCompaction()) {
            return;
        }
        long before = values.sizeBytes();
        ValueStore next = values.successor();
        for (Entry e : byId.values()) {
            byte[] value = values.read(e.offset, e.length);
            e.offset = next.append(value);
        }
        values.delete();
        values = next;
        changed = null; // every offset moved
        LOG.infof("sameAs value file compacted from %d to %d MB (%d records)", before >> 20, next.sizeBytes() >> 20,
                byId.size());
    }

    private String source(String s) {
        String known = sources.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The instance among {@code keys} equal to {@code key}. */
    private static String sameKey(String[] keys, String key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return k;
            }
        }
        return key;
    }

    private static String[] keysOf(LinkFacts r) {
        Set<String> keys = r.keys();
        return keys.isEmpty() ? NO_KEYS : keys.toArray(NO_KEYS);
    }

    private static Set<String> stated(List<String> sameAs) {
        return sameAs == null || sameAs.isEmpty() ? Set.of() : new TreeSet<>(sameAs);
    }
}
