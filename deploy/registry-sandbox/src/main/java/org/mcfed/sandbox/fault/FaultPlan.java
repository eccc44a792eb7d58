package org.mcfed.sandbox.fault;

import org.mcfed.sandbox.core.Hash;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides, for one source, which requests fail and how. Per-request faults hash (seed, request
 * target, attempt number of that target), so the same sequence of requests fails the same way
 * in every run, while a retry of a failed URL draws again and can succeed.
 */
public final class FaultPlan {
    private static final long SALT_RESET = 1, SALT_429 = 2, SALT_ERROR = 3, SALT_TRUNC = 4, SALT_OVERSIZE = 5,
            SALT_MALFORMED = 6, SALT_KIND = 7, SALT_BAD_ITEM = 8, SALT_COL_XML = 9, SALT_STALL = 10;

    private static final int MAX_TRACKED_URLS = 1_000_000;

    /** What to do to one request; {@code stallMillis} &gt; 0: send half the answer, then hang that long. */
    public record Decision(long latencyMillis, boolean reset, int status, int retryAfterSeconds, boolean truncate,
                           int oversizeBytes, long stallMillis) {
        public static final Decision NONE = new Decision(0, false, 0, 0, false, 0, 0);
    }

    private final long seed;
    private final long sourceHash;
    private volatile FaultSpec spec = FaultSpec.none();
    private final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public FaultPlan(long seed, String source) {
        this.seed = seed;
        this.sourceHash = Hash.of(source);
    }

    public FaultSpec spec() {
        return spec;
    }

    /** Replaces the fault modes and restarts the attempt counters. */
    public void set(FaultSpec s) {
        attempts.clear();
        spec = s;
    }

    public Decision decide(String target) {
        FaultSpec s = spec;
        boolean perRequest = s.errorRate() > 0 || s.tooManyRequestsRate() > 0 || s.resetRate() > 0 || s.truncateRate() > 0
                || s.oversizeRate() > 0 || s.stallRate() > 0;
        if (!perRequest) {
            return s.latencyMillis() == 0 ? Decision.NONE
                    : new Decision(s.latencyMillis(), false, 0, 0, false, 0, 0);
        }
        if (attempts.size() > MAX_TRACKED_URLS) {
            attempts.clear(); // a crawl of millions of URLs under faults: forget old counters rather than grow without bound
        }
        int attempt = attempts.computeIfAbsent(target, k -> new AtomicInteger()).getAndIncrement();
        long h = Hash.of(seed, sourceHash, Hash.of(target), attempt);
        boolean reset = roll(h, SALT_RESET) < s.resetRate();
        int status = 0;
        if (!reset && roll(h, SALT_429) < s.tooManyRequestsRate()) {
            status = 429;
        } else if (!reset && roll(h, SALT_ERROR) < s.errorRate()) {
            status = s.errorStatus();
        }
        boolean truncate = !reset && status == 0 && roll(h, SALT_TRUNC) < s.truncateRate();
        int oversize = !reset && status == 0 && roll(h, SALT_OVERSIZE) < s.oversizeRate() ? s.oversizeBytes() : 0;
        long stall = !reset && status == 0 && !truncate && roll(h, SALT_STALL) < s.stallRate() ? s.stallMillis() : 0;
        return new Decision(s.latencyMillis(), reset, status, s.retryAfterSeconds(), truncate, oversize, stall);
    }

    private static double roll(long h, long salt) {
        return Hash.unit(Hash.of(h, salt));
    }

    /** The persistent way a feed serves a record as a broken item under the current spec, one of {@code kinds}, or null. */
    public <K> K badItem(int index, K[] kinds) {
        double rate = spec.badItemRate();
        long h = Hash.of(seed, sourceHash, index, SALT_BAD_ITEM);
        if (rate <= 0 || Hash.unit(h) >= rate) {
            return null;
        }
        return kinds[Hash.below(Hash.of(h, SALT_KIND), kinds.length)];
    }

    /** Whether a record's OAI-PMH {@code col} metadata is served as COL XML elements, persistently under the current spec. */
    public boolean colXml(int index) {
        return Hash.unit(Hash.of(seed, sourceHash, index, SALT_COL_XML)) < spec.colXmlRate();
    }

    /** The persistent malformation of a record's detail page under the current spec, or null. */
    public Malformation malformation(int index) {
        double rate = spec.malformedRate();
        if (rate <= 0) {
            return null;
        }
        long h = Hash.of(seed, sourceHash, index, SALT_MALFORMED);
        if (Hash.unit(h) >= rate) {
            return null;
        }
        Malformation[] kinds = Malformation.values();
        return kinds[Hash.below(Hash.of(h, SALT_KIND), kinds.length)];
    }
}
