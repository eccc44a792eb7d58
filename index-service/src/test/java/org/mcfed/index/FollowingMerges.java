package org.mcfed.index;

import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.mcfed.index.store.LuceneRecordStore;

import java.util.function.Supplier;

/**
 * The merge policies the indexing benchmark's phase 3a compares by name: {@code store} (what the store
 * uses), {@code tiered} (TieredMergePolicy's defaults, written out: the store's policy at issue 16's fifth session),
 * {@code tieredN} (N segments a tier, N merged at once), {@code logN} (LogByteSizeMergePolicy, merge factor N);
 * none of them writes compound files, as the store does not.
 */
final class FollowingMerges {

    static final String STORE = "store";

    private FollowingMerges() {
    }

    static Supplier<MergePolicy> of(String name) {
        if (name.equals(STORE)) {
            return LuceneRecordStore::streamMerges;
        }
        if (name.startsWith("tiered")) {
            int perTier = name.equals("tiered") ? 10 : Integer.parseInt(name.substring(6));
            return () -> {
                TieredMergePolicy merges = new TieredMergePolicy();
                merges.setSegmentsPerTier(perTier);
                merges.setMaxMergeAtOnce(perTier);
                merges.setNoCFSRatio(0.0);
                return merges;
            };
        }
        if (name.startsWith("log")) {
            int factor = Integer.parseInt(name.substring(3));
            return () -> {
                LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
                merges.setMergeFactor(factor);
                merges.setNoCFSRatio(0.0);
                return merges;
            };
        }
        throw new IllegalArgumentException("unknown merge policy " + name + " (store, tiered, tieredN, logN)");
    }
}
