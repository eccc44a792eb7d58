package org.mcfed.sandbox;

import org.mcfed.sandbox.core.Hash;
import org.mcfed.sandbox.core.SiteContext;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.http.BlockingHttpServer;
import org.mcfed.sandbox.site.colfeed.ColFeedSite;
import org.mcfed.sandbox.site.hkqr.HkqrSite;
import org.mcfed.sandbox.site.microcred.MicrocredSeekerSite;
import org.mcfed.sandbox.site.mqa.MqaSite;
import org.mcfed.sandbox.site.nzqa.NzqaSite;
import org.mcfed.sandbox.site.RegistrySite;
import org.mcfed.sandbox.truth.DeletedRecord;
import org.mcfed.sandbox.truth.GroundTruth;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthJson;
import org.mcfed.sandbox.truth.TruthRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Synthetic national registries over HTTP, for tests and local runs: NZQA, MQR, Microcred
 * Seeker, HKQR and a COL-feed registry, each in the page shapes of docs/sources, generated
 * from a seed at a scale, moved forward by ticks, broken on demand by faults, and able to say
 * exactly what it holds (the ground truth).
 *
 * <pre>
 * RegistrySandbox sb = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
 * URI nzqa = sb.baseUrl("nzqa");
 * sb.tick(0.01, 0.005, 0.002);
 * GroundTruth t = sb.truth();
 * sb.close();
 * </pre>
 */
public final class RegistrySandbox implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RegistrySandbox.class.getName());

    private final long seed;
    private final double scale;
    private final int requestedPort;
    /** The port bound by the first start, reused by a restart so base URLs stay valid. */
    private int boundPort = -1;
    private final String host;
    private final int maxConnections;
    private final long tickSeconds;
    private final Map<String, RegistrySite> sites = new LinkedHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final SiteContext ctx;
    private BlockingHttpServer server;
    private final Traffic traffic = new Traffic();
    private int tick;

    private RegistrySandbox(Builder b) {
        this.seed = b.seed;
        this.scale = b.scale;
        this.requestedPort = b.port;
        this.host = b.host;
        this.maxConnections = b.maxConnections;
        this.tickSeconds = b.tickSeconds;
        this.ctx = new SiteContext(seed, scale, SiteContext.DEFAULT_EPOCH);
        for (RegistrySite s : List.of(new NzqaSite(ctx), new MqaSite(ctx), new MicrocredSeekerSite(ctx), new HkqrSite(ctx), new ColFeedSite(ctx))) {
            sites.put(s.name(), s);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts serving. */
    public synchronized RegistrySandbox start() {
        if (server != null) {
            throw new IllegalStateException("sandbox already serving on port " + server.port());
        }
        int port = boundPort >= 0 ? boundPort : requestedPort;
        try {
            server = new BlockingHttpServer(InetAddress.getByName(host), port, maxConnections, 15_000,
                    new SandboxRouter(this, sites)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("registry sandbox cannot listen on " + host + ":" + port, e);
        }
        boundPort = server.port();
        LOG.log(System.Logger.Level.DEBUG, "registry sandbox on port " + port() + ", seed " + seed + ", scale " + scale);
        return this;
    }

    /** The port served on (kept while stopped, so a restart serves the same base URLs). */
    public synchronized int port() {
        if (boundPort < 0) {
            throw new IllegalStateException("sandbox not started");
        }
        return boundPort;
    }

    /** http://host:port */
    public URI baseUri() {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host.equals("127.0.0.1") ? "localhost" : host)
                + ":" + port());
    }

    /** The base URL of one source, e.g. {@code http://localhost:PORT/nzqa}. */
    public URI baseUrl(String source) {
        return URI.create(baseUri() + site(source).basePath());
    }

    public List<String> sources() {
        return List.copyOf(sites.keySet());
    }

    public RegistrySite site(String source) {
        RegistrySite s = sites.get(source);
        if (s == null) {
            throw new IllegalArgumentException("no source '" + source + "'; known: " + sites.keySet());
        }
        return s;
    }

    public long seed() {
        return seed;
    }

    public double scale() {
        return scale;
    }

    /** Ticks applied so far. */
    public int tickCount() {
        lock.readLock().lock();
        try {
            return tick;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The sandbox's virtual now: the epoch plus one tick interval per tick. */
    public Instant now() {
        return Instant.ofEpochSecond(ctx.epochSeconds() + (long) tickCount() * tickSeconds);
    }

    /**
     * Moves every registry forward one tick: deletes, changes and adds the given fractions of its
     * live records (at least one each when the fraction is above 0), stamping them with the new now.
     *
     * @return per source (in {@link #sources()} order) {changed, added, deleted}
     */
    public int[][] tick(double changed, double added, double deleted) {
        for (double f : new double[] {changed, added, deleted}) {
            if (!(f >= 0 && f <= 1)) {
                throw new IllegalArgumentException("tick fractions must be within 0..1, were " + changed + ", " + added + ", " + deleted);
            }
        }
        lock.writeLock().lock();
        try {
            tick++;
            long now = ctx.epochSeconds() + (long) tick * tickSeconds;
            int[][] out = new int[sites.size()][];
            int i = 0;
            for (RegistrySite s : sites.values()) {
                SplittableRandom rnd = new SplittableRandom(Hash.of(seed, Hash.of(s.name()), tick));
                out[i++] = s.ledger().tick(changed, added, deleted, now, rnd);
            }
            LOG.log(System.Logger.Level.DEBUG, "tick " + tick + ": " + Arrays.deepToString(out));
            return out;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Sets the fault modes of one source (several specs merge, later ones winning); no spec = none. */
    public void faults(String source, FaultSpec... specs) {
        site(source).faults().set(FaultSpec.merge(List.of(specs)));
    }

    /** Switches every source's faults off. */
    public void clearFaults() {
        for (RegistrySite s : sites.values()) {
            s.faults().set(FaultSpec.none());
        }
    }

    public FaultSpec faultsOf(String source) {
        return site(source).faults().spec();
    }

    /** Every live and deleted id of every source. */
    public GroundTruth truth() {
        return read(() -> {
            Map<String, SourceTruth> m = new LinkedHashMap<>();
            for (RegistrySite s : sites.values()) {
                m.put(s.name(), sourceTruth(s));
            }
            return new GroundTruth(seed, scale, tick, m);
        });
    }

    /** The ground truth of one source only. */
    public GroundTruth truth(String source) {
        RegistrySite s = site(source);
        return read(() -> new GroundTruth(seed, scale, tick, Map.of(s.name(), sourceTruth(s))));
    }

    private static SourceTruth sourceTruth(RegistrySite s) {
        var ledger = s.ledger();
        List<TruthRecord> live = new ArrayList<>(ledger.liveCount());
        List<DeletedRecord> deleted = new ArrayList<>();
        for (int i = 0; i < ledger.size(); i++) {
            if (ledger.isLive(i)) {
                live.add(s.truth(i));
            } else {
                deleted.add(new DeletedRecord(s.localId(i), Instant.ofEpochSecond(ledger.deletedAt(i))));
            }
        }
        return new SourceTruth(s.name(), List.copyOf(live), List.copyOf(deleted));
    }

    <T> T read(Supplier<T> body) {
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Pages and bytes the registries served since this sandbox was built. */
    public Traffic traffic() {
        return traffic;
    }

    String infoJson() {
        return read(() -> {
            StringBuilder sb = new StringBuilder("{\"seed\":").append(seed).append(",\"scale\":").append(scale)
                    .append(",\"tick\":").append(tick)
                    .append(",\"requestsServed\":").append(traffic.requests())
                    .append(",\"pagesServed\":").append(traffic.pages()).append(",\"notModified\":").append(traffic.notModified())
                    .append(",\"bytesServed\":").append(traffic.bodyBytes()).append(",\"now\":\"")
                    .append(Instant.ofEpochSecond(ctx.epochSeconds() + (long) tick * tickSeconds)).append("\",\"sources\":{");
            int i = 0;
            for (RegistrySite s : sites.values()) {
                sb.append(i++ == 0 ? "" : ",").append('"').append(s.name()).append("\":{\"basePath\":")
                  .append(TruthJson.str(s.basePath())).append(",\"entryPage\":").append(TruthJson.str(s.entryPage()))
                  .append(",\"live\":").append(s.ledger().liveCount()).append(",\"size\":").append(s.ledger().size()).append('}');
            }
            return sb.append("}}\n").toString();
        });
    }

    String faultsJson() {
        StringBuilder sb = new StringBuilder("{");
        int i = 0;
        for (RegistrySite s : sites.values()) {
            sb.append(i++ == 0 ? "" : ",").append('"').append(s.name()).append("\":").append(s.faults().spec().toJson());
        }
        return sb.append("}\n").toString();
    }

    @Override
    /**
     * Stops serving (connections are dropped: a registry outage); the registries keep their state
     * and {@link #start()} serves them again on the same port.
     */
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Settings of a sandbox; defaults: seed 42, scale 1, a free port on 127.0.0.1. */
    public static final class Builder {
        private long seed = 42;
        private double scale = 1.0;
        private int port = 0;
        private String host = "127.0.0.1";
        private int maxConnections = 256;
        private long tickSeconds = 3600;

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Multiplies every registry's real size; 200 gives over a million records. */
        public Builder scale(double scale) {
            if (!(scale > 0) || scale > 10_000) {
                throw new IllegalArgumentException("scale must be above 0 and at most 10000, was " + scale);
            }
            this.scale = scale;
            return this;
        }

        /** 0 = any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** Address to bind; loopback by default. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Concurrent connections served (one thread each); more get 503. */
        public Builder maxConnections(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1");
            }
            this.maxConnections = n;
            return this;
        }

        /** Virtual seconds each tick moves the clock (default one hour). */
        public Builder tickSeconds(long s) {
            if (s < 1) {
                throw new IllegalArgumentException("tickSeconds must be at least 1");
            }
            this.tickSeconds = s;
            return this;
        }

        public RegistrySandbox build() {
            return new RegistrySandbox(this);
        }
    }
}
