package org.mcfed.sandbox.fault;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fault modes switched on for one source. Rates are probabilities per request (decided by
 * hashing seed, URL and the URL's attempt counter, so a run is reproducible and a retry rolls
 * afresh); {@code malformedRate} is per record and persistent, so the ground truth can name the
 * records a connector must reject. All zero = a well-behaved registry.
 *
 * @param latencyMillis delay before every answer
 * @param errorRate share of requests answered 500 or 503 with Retry-After
 * @param errorStatus 500 or 503
 * @param retryAfterSeconds the Retry-After value sent with 503 and 429
 * @param tooManyRequestsRate share answered 429 with Retry-After
 * @param resetRate share of connections reset without an answer
 * @param truncateRate share of bodies cut in half after a full Content-Length
 * @param malformedRate share of detail pages served malformed (missing title, garbage values, wrong charset)
 * @param duplicateRows rows of the previous listing page repeated at the top of the next one
 * @param loopAfterPage from this listing page on, the next link points back to page 1 (0 = off)
 * @param oversizeRate share of pages padded to {@code oversizeBytes}
 * @param oversizeBytes size of an oversized page
 * @param badItemRate share of records a feed (col-feed) serves as a broken item, persistent per record:
 *                    not an object, without an id, a bad date, a value of the wrong type or metadata that does not parse
 * @param colXmlRate share of records whose OAI-PMH {@code col} metadata is COL XML elements instead of COL JSON
 *                   text (a variant, not a fault: both are valid)
 * @param redesign whether detail pages are served in a changed shape, their labels' markup gone ({@link Redesign});
 *                 listing pages stay as they were
 * @param stallRate share of answers that stall: status, headers and half the body are sent, then nothing for
 *                  {@code stallMillis} (longer than the client's timeout), then the connection closes
 * @param stallMillis how long a stalled answer hangs before the connection is closed
 */
public record FaultSpec(long latencyMillis, double errorRate, int errorStatus, int retryAfterSeconds,
                        double tooManyRequestsRate, double resetRate, double truncateRate, double malformedRate,
                        int duplicateRows, int loopAfterPage, double oversizeRate, int oversizeBytes,
                        double badItemRate, double colXmlRate, boolean redesign, double stallRate, long stallMillis) {

    public FaultSpec {
        rate("errorRate", errorRate);
        rate("tooManyRequestsRate", tooManyRequestsRate);
        rate("resetRate", resetRate);
        rate("truncateRate", truncateRate);
        rate("malformedRate", malformedRate);
        rate("oversizeRate", oversizeRate);
        rate("badItemRate", badItemRate);
        rate("colXmlRate", colXmlRate);
        rate("stallRate", stallRate);
        if (errorStatus != 500 && errorStatus != 503) {
            throw new IllegalArgumentException("errorStatus must be 500 or 503, was " + errorStatus);
        }
        if (latencyMillis < 0 || retryAfterSeconds < 0 || duplicateRows < 0 || loopAfterPage < 0 || oversizeBytes < 0
                || stallMillis < 0) {
            throw new IllegalArgumentException("latencyMillis, retryAfterSeconds, duplicateRows, loopAfterPage, oversizeBytes and stallMillis must not be negative");
        }
    }

    private static void rate(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0..1, was " + v);
        }
    }

    /** No faults. */
    public static FaultSpec none() {
        return new FaultSpec(0, 0, 503, 1, 0, 0, 0, 0, 0, 0, 0, 4 << 20, 0, 0, false, 0, 35_000);
    }

    public static FaultSpec latency(long millis) {
        return none().withLatencyMillis(millis);
    }

    public static FaultSpec errors(double rate, int status) {
        return new Builder(none()).errorRate(rate).errorStatus(status).build();
    }

    public static FaultSpec tooManyRequests(double rate) {
        return new Builder(none()).tooManyRequestsRate(rate).build();
    }

    public static FaultSpec resets(double rate) {
        return new Builder(none()).resetRate(rate).build();
    }

    public static FaultSpec truncated(double rate) {
        return new Builder(none()).truncateRate(rate).build();
    }

    public static FaultSpec malformed(double rate) {
        return new Builder(none()).malformedRate(rate).build();
    }

    public static FaultSpec badItems(double rate) {
        return new Builder(none()).badItemRate(rate).build();
    }

    public static FaultSpec redesigned() {
        return new Builder(none()).redesign(true).build();
    }

    public static FaultSpec stalled(double rate, long millis) {
        return new Builder(none()).stallRate(rate).stallMillis(millis).build();
    }

    public static FaultSpec duplicateRows(int rows) {
        return new Builder(none()).duplicateRows(rows).build();
    }

    public static FaultSpec loopingNext(int afterPage) {
        return new Builder(none()).loopAfterPage(afterPage).build();
    }

    public static FaultSpec oversized(double rate, int bytes) {
        return new Builder(none()).oversizeRate(rate).oversizeBytes(bytes).build();
    }

    public FaultSpec withLatencyMillis(long millis) {
        return new Builder(this).latencyMillis(millis).build();
    }

    public boolean isNone() {
        return equals(none());
    }

    /** Combines specs: each setting that differs from "none" in a later spec wins. */
    public static FaultSpec merge(List<FaultSpec> specs) {
        FaultSpec none = none();
        Builder b = new Builder(none);
        for (FaultSpec s : specs) {
            if (s.latencyMillis != none.latencyMillis) b.latencyMillis(s.latencyMillis);
            if (s.errorRate != none.errorRate) b.errorRate(s.errorRate);
            if (s.errorStatus != none.errorStatus) b.errorStatus(s.errorStatus);
            if (s.retryAfterSeconds != none.retryAfterSeconds) b.retryAfterSeconds(s.retryAfterSeconds);
            if (s.tooManyRequestsRate != none.tooManyRequestsRate) b.tooManyRequestsRate(s.tooManyRequestsRate);
            if (s.resetRate != none.resetRate) b.resetRate(s.resetRate);
            if (s.truncateRate != none.truncateRate) b.truncateRate(s.truncateRate);
            if (s.malformedRate != none.malformedRate) b.malformedRate(s.malformedRate);
            if (s.duplicateRows != none.duplicateRows) b.duplicateRows(s.duplicateRows);
            if (s.loopAfterPage != none.loopAfterPage) b.loopAfterPage(s.loopAfterPage);
            if (s.oversizeRate != none.oversizeRate) b.oversizeRate(s.oversizeRate);
            if (s.oversizeBytes != none.oversizeBytes) b.oversizeBytes(s.oversizeBytes);
            if (s.badItemRate != none.badItemRate) b.badItemRate(s.badItemRate);
            if (s.colXmlRate != none.colXmlRate) b.colXmlRate(s.colXmlRate);
            if (s.redesign != none.redesign) b.redesign(s.redesign);
            if (s.stallRate != none.stallRate) b.stallRate(s.stallRate);
            if (s.stallMillis != none.stallMillis) b.stallMillis(s.stallMillis);
        }
        return b.build();
    }

    /** Reads the knobs of {@code POST /_sandbox/faults} (names as the record components); absent ones keep {@code base}'s. */
    public static FaultSpec fromParams(FaultSpec base, Map<String, List<String>> params) {
        Builder b = new Builder(base);
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            String v = e.getValue().isEmpty() ? "" : e.getValue().get(0);
            try {
                switch (e.getKey()) {
                    case "source": case "reset": break;
                    case "latencyMillis": case "latencyMs": b.latencyMillis(Long.parseLong(v)); break;
                    case "errorRate": b.errorRate(Double.parseDouble(v)); break;
                    case "errorStatus": b.errorStatus(Integer.parseInt(v)); break;
                    case "retryAfterSeconds": case "retryAfter": b.retryAfterSeconds(Integer.parseInt(v)); break;
                    case "tooManyRequestsRate": case "rate429": b.tooManyRequestsRate(Double.parseDouble(v)); break;
                    case "resetRate": b.resetRate(Double.parseDouble(v)); break;
                    case "truncateRate": b.truncateRate(Double.parseDouble(v)); break;
                    case "malformedRate": b.malformedRate(Double.parseDouble(v)); break;
                    case "duplicateRows": b.duplicateRows(Integer.parseInt(v)); break;
                    case "loopAfterPage": b.loopAfterPage(Integer.parseInt(v)); break;
                    case "oversizeRate": b.oversizeRate(Double.parseDouble(v)); break;
                    case "oversizeBytes": b.oversizeBytes(Integer.parseInt(v)); break;
                    case "badItemRate": b.badItemRate(Double.parseDouble(v)); break;
                    case "colXmlRate": b.colXmlRate(Double.parseDouble(v)); break;
                    case "redesign": b.redesign(flag(e.getKey(), v)); break;
                    case "stallRate": b.stallRate(Double.parseDouble(v)); break;
                    case "stallMillis": case "stallMs": b.stallMillis(Long.parseLong(v)); break;
                    default: throw new IllegalArgumentException("unknown fault knob '" + e.getKey() + "'");
                }
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("fault knob " + e.getKey() + " is not a number: '" + v + "'");
            }
        }
        return b.build();
    }

    private static boolean flag(String knob, String v) {
        if (v.equalsIgnoreCase("true") || v.isEmpty()) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("fault knob " + knob + " is true or false, was '" + v + "'");
    }

    public String toJson() {
        return String.format(Locale.ROOT, "{\"latencyMillis\":%d,\"errorRate\":%s,\"errorStatus\":%d,\"retryAfterSeconds\":%d,"
                        + "\"tooManyRequestsRate\":%s,\"resetRate\":%s,\"truncateRate\":%s,\"malformedRate\":%s,"
                        + "\"duplicateRows\":%d,\"loopAfterPage\":%d,\"oversizeRate\":%s,\"oversizeBytes\":%d,"
                        + "\"badItemRate\":%s,\"colXmlRate\":%s,\"redesign\":%s,\"stallRate\":%s,\"stallMillis\":%d}",
                latencyMillis, errorRate, errorStatus, retryAfterSeconds, tooManyRequestsRate, resetRate, truncateRate,
                malformedRate, duplicateRows, loopAfterPage, oversizeRate, oversizeBytes, badItemRate, colXmlRate, redesign,
                stallRate, stallMillis);
    }

    public static Builder builder() {
        return new Builder(none());
    }

    /** Builder starting from no faults. */
    public static final class Builder {
        private long latencyMillis;
        private double errorRate;
        private int errorStatus;
        private int retryAfterSeconds;
        private double tooManyRequestsRate;
        private double resetRate;
        private double truncateRate;
        private double malformedRate;
        private int duplicateRows;
        private int loopAfterPage;
        private double oversizeRate;
        private int oversizeBytes;
        private double badItemRate;
        private double colXmlRate;
        private boolean redesign;
        private double stallRate;
        private long stallMillis;

        Builder(FaultSpec s) {
            latencyMillis = s.latencyMillis;
            errorRate = s.errorRate;
            errorStatus = s.errorStatus;
            retryAfterSeconds = s.retryAfterSeconds;
            tooManyRequestsRate = s.tooManyRequestsRate;
            resetRate = s.resetRate;
            truncateRate = s.truncateRate;
            malformedRate = s.malformedRate;
            duplicateRows = s.duplicateRows;
            loopAfterPage = s.loopAfterPage;
            oversizeRate = s.oversizeRate;
            oversizeBytes = s.oversizeBytes;
            badItemRate = s.badItemRate;
            colXmlRate = s.colXmlRate;
            redesign = s.redesign;
            stallRate = s.stallRate;
            stallMillis = s.stallMillis;
        }

        public Builder latencyMillis(long v) { latencyMillis = v; return this; }
        public Builder errorRate(double v) { errorRate = v; return this; }
        public Builder errorStatus(int v) { errorStatus = v; return this; }
        public Builder retryAfterSeconds(int v) { retryAfterSeconds = v; return this; }
        public Builder tooManyRequestsRate(double v) { tooManyRequestsRate = v; return this; }
        public Builder resetRate(double v) { resetRate = v; return this; }
        public Builder truncateRate(double v) { truncateRate = v; return this; }
        public Builder malformedRate(double v) { malformedRate = v; return this; }
        public Builder duplicateRows(int v) { duplicateRows = v; return this; }
        public Builder loopAfterPage(int v) { loopAfterPage = v; return this; }
        public Builder oversizeRate(double v) { oversizeRate = v; return this; }
        public Builder oversizeBytes(int v) { oversizeBytes = v; return this; }
        public Builder badItemRate(double v) { badItemRate = v; return this; }
        public Builder colXmlRate(double v) { colXmlRate = v; return this; }
        public Builder redesign(boolean v) { redesign = v; return this; }
        public Builder stallRate(double v) { stallRate = v; return this; }
        public Builder stallMillis(long v) { stallMillis = v; return this; }

        public FaultSpec build() {
            return new FaultSpec(latencyMillis, errorRate, errorStatus, retryAfterSeconds, tooManyRequestsRate,
                    resetRate, truncateRate, malformedRate, duplicateRows, loopAfterPage, oversizeRate, oversizeBytes,
                    badItemRate, colXmlRate, redesign, stallRate, stallMillis);
        }
    }
}
