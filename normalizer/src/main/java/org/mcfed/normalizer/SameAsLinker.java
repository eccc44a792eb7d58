package org.mcfed.normalizer;

import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links listings of the same offering by different registries both ways in {@code sameAs}, never
 * merging them. Two records are linked when they come from different sources and share an
 * {@link OfferingKey} (same awarding body and normalised title), or when either names the other
 * (a source's own {@code sameAs}, e.g. a COL feed's). When a record arrives, changes or is deleted,
 * each record it was or becomes linked to is republished with its updated {@code sameAs}.
 *
 * <p>State: per record its id, source, keys, stated links, current {@code sameAs} and JSON bytes,
 * in memory (about the size of the compacted {@code mcfed.records.v1}: a few MB for thousands of
 * records; millions would want a local state store). It is rebuilt by reading {@code mcfed.records.v1}
 * from the beginning at start, then kept current by reading it on before each batch ({@link #load}).
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
public final class SameAsLinker {

    private static final Logger LOG = Logger.getLogger(SameAsLinker.class);

    private static final class Entry {
        final String id;
        final String source;
        final Set<String> keys;
        Set<String> stated;
        final Instant harvestedAt;
        List<String> sameAs;
        Instant updatedAt;
        byte[] value;

        Entry(String id, String source, Set<String> keys, Set<String> stated, Instant harvestedAt) {
            this.id = id;
            this.source = source;
            this.keys = keys;
            this.stated = stated;
            this.harvestedAt = harvestedAt;
        }
    }

    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, Set<String>> idsByKey = new HashMap<>();
    private final Map<String, Set<String>> statedBy = new HashMap<>();
    private final List<Entry> unsettled = new ArrayList<>();

    /**
     * Applies a normalised record or tombstone and returns every write it causes: the record itself
     * first (with its {@code sameAs} and {@code updatedAt}), then each linked record whose links changed.
     */
    public List<RecordWrite> apply(Outcome outcome) {
        List<RecordWrite> writes = new ArrayList<>();
        Set<String> neighbours = new TreeSet<>();
        if (outcome instanceof Outcome.Published p) {
            ColRecord r = p.record();
            Entry old = remove(r.id());
            if (old != null) {
                neighbours.addAll(old.sameAs);
            }
            Entry e = new Entry(r.id(), sourceOf(r), OfferingKey.of(r),
                    r.sameAs() == null ? Set.of() : new TreeSet<>(r.sameAs()), harvestedAt(r));
            index(e);
            render(e, r);
            writes.add(new RecordWrite(e.id, e.value));
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
        return writes;
    }

    /**
     * Takes a value read from {@code mcfed.records.v1} (null = tombstone) as the current state of that
     * id, without writing anything: the topic is the authority. Call {@link #settle()} after a run of loads.
     */
    public void load(String id, byte[] value) {
        Entry existing = byId.get(id);
        if (value == null) {
            remove(id);
            return;
        }
        if (existing != null && Arrays.equals(existing.value, value)) {
            return;
        }
        ColRecord r;
        try {
            r = ColJson.read(value);
        } catch (UncheckedIOException e) {
            // not a COL record (written by something else): it cannot be linked, and must not stop the loop
            LOG.warnf("ignoring unreadable value of %s on mcfed.records.v1 for sameAs: %s", id, e.getMessage());
            remove(id);
            return;
        }
        remove(id);
        List<String> stored = r.sameAs() == null ? List.of() : r.sameAs();
        Entry e = new Entry(id, sourceOf(r), OfferingKey.of(r), new TreeSet<>(stored), harvestedAt(r));
        e.sameAs = List.copyOf(new TreeSet<>(stored));
        e.updatedAt = r.updatedAt();
        e.value = value;
        index(e);
        unsettled.add(e);
    }

    /**
     * After loading: a stored link that a shared key explains is derived, not stated, so it is
     * dropped from the stated links (and will go if the titles stop matching).
     */
    public void settle() {
        for (Entry e : unsettled) {
            if (byId.get(e.id) != e) {
                continue;
            }
            Set<String> stated = new TreeSet<>(e.stated);
            stated.removeAll(keyPartners(e));
            setStated(e, stated);
        }
        unsettled.clear();
    }

    /** Forgets everything, before a rebuild from the topic. */
    public void clear() {
        byId.clear();
        idsByKey.clear();
        statedBy.clear();
        unsettled.clear();
    }

    public int size() {
        return byId.size();
    }

    /** The current {@code sameAs} of a known record, or null. */
    public List<String> sameAsOf(String id) {
        Entry e = byId.get(id);
        return e == null ? null : e.sameAs;
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
        render(e, ColJson.read(e.value));
        writes.add(new RecordWrite(e.id, e.value));
    }

    private void render(Entry e, ColRecord r) {
        List<String> links = links(e);
        ColRecord linked = r.toBuilder().sameAs(links).updatedAt(latest(e, links)).build();
        e.sameAs = links;
        e.updatedAt = linked.updatedAt();
        e.value = ColJson.writeBytes(linked);
    }

    private List<String> links(Entry e) {
        Set<String> links = new TreeSet<>(e.stated);
        links.addAll(statedBy.getOrDefault(e.id, Set.of()));
        links.addAll(keyPartners(e));
        links.remove(e.id);
        return List.copyOf(links);
    }

    private Set<String> keyPartners(Entry e) {
        Set<String> partners = new TreeSet<>();
        for (String key : e.keys) {
            for (String other : idsByKey.getOrDefault(key, Set.of())) {
                Entry o = byId.get(other);
                if (o != null && !o.id.equals(e.id) && !o.source.equals(e.source)) {
                    partners.add(other);
                }
            }
        }
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
        byId.put(e.id, e);
        for (String key : e.keys) {
            idsByKey.computeIfAbsent(key, k -> new HashSet<>()).add(e.id);
        }
        for (String target : e.stated) {
            statedBy.computeIfAbsent(target, k -> new HashSet<>()).add(e.id);
        }
    }

    private Entry remove(String id) {
        Entry e = byId.remove(id);
        if (e == null) {
            return null;
        }
        for (String key : e.keys) {
            Set<String> ids = idsByKey.get(key);
            if (ids != null && ids.remove(id) && ids.isEmpty()) {
                idsByKey.remove(key);
            }
        }
        setStatedIndex(e, Set.of(), e.stated);
        return e;
    }

    private void setStated(Entry e, Set<String> stated) {
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

    private static String sourceOf(ColRecord r) {
        if (r.provenance() != null && r.provenance().source() != null) {
            return r.provenance().source();
        }
        String s = r.sourceOfId();
        return s == null ? "" : s;
    }

    private static Instant harvestedAt(ColRecord r) {
        if (r.provenance() != null && r.provenance().harvestedAt() != null) {
            return r.provenance().harvestedAt();
        }
        return r.updatedAt();
    }
}
