package org.mcfed.index.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The country each id was last written with, for the writes the searchers may not see yet. A
 * tombstone keeps its record's country on the deletion marker (OAI-PMH sets); when the record was
 * written moments before, in the same refresh window, only this writer knows it, and asking here
 * spares a forced refresh (a segment flush) per tombstone. Entries are dropped once a refresh has
 * made them visible (their sequence number is at most the searching generation), whenever the map
 * has doubled since the last pruning, so it holds about one refresh window of writes.
 */
final class UnrefreshedWrites {

    private static final int MIN_PRUNE_AT = 10_000;

    /** One write: the country it gave the id (null for none) and its writer sequence number. */
    record Write(String country, long seqNo) {
    }

    private final Map<String, Write> byId = new ConcurrentHashMap<>();
    private int pruneAt = MIN_PRUNE_AT;

    /** The last write of this id not yet known visible, or null (then the searchers know it). */
    Write last(String id) {
        return byId.get(id);
    }

    /**
     * Records a write; {@code searchingGen} is the sequence number the searchers have caught up
     * with, for pruning.
     */
    synchronized void remember(String id, String country, long seqNo, long searchingGen) {
        byId.put(id, new Write(country, seqNo));
        if (byId.size() >= pruneAt) {
            prune(searchingGen);
        }
    }

    /** Drops the writes the searchers see ({@code searchingGen} and before). */
    synchronized void prune(long searchingGen) {
        byId.values().removeIf(w -> w.seqNo() <= searchingGen);
        pruneAt = Math.max(MIN_PRUNE_AT, 2 * byId.size());
    }

    int size() {
        return byId.size();
    }
}
