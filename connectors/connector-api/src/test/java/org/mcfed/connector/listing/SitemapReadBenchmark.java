package org.mcfed.connector.listing;

import org.mcfed.connector.KnownLastModified;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.sandbox.RegistrySandbox;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints what an incremental run's pass over a sitemap costs the harvester per listed record (fetch,
 * gunzip, scan, the diff against the known records: CPU and bytes allocated), next to the baseline it replaces measured in the
 * same run: a conditional GET answered 304 per record, as a listing walk makes. CPU of this thread only.
 * Run: {@code java -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * org.mcfed.connector.listing.SitemapReadBenchmark 60 [source [stax-first]]} (a source of the sandbox at that scale;
 * default 60 and NZQA; {@code 163 hkqr} is HKQR's 713,288 pages of the million-record benchmark). It first times the
 * files' parsing alone, {@link SitemapScan} against StAX, the scan first unless {@code stax-first}.
 */
public final class SitemapReadBenchmark {

    private static final int ROUNDS = 6;
    private static final int CONDITIONAL_SAMPLE = 3_000;
    /**
     * A pass's diff and result while the heap they hold is measured: locals are cleared first, as an interpreted frame
     * keeps them alive and a compiled one does not.
     */
    private static Object[] kept;

    private SitemapReadBenchmark() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        String source = args.length > 1 ? args[1] : "nzqa";
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start()) {
            URI base = sandbox.baseUrl(source);
            RegistryHttpClient http = new RegistryHttpClient(SourceConfig.of(source, source, base).withRate(0));
            URI sitemap = URI.create(base + "/sitemap.xml");
            parseOnly(http, sitemap, cpu, args.length > 2 && args[2].equals("stax-first"));
            KnownWithDates known = new KnownWithDates();
            List<SitemapReader.Url> urls = new ArrayList<>();
            String failure = new SitemapReader(http).read(sitemap, urls::add).failure();
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            for (SitemapReader.Url u : urls) {
                String id = localId(u.uri());
                known.put(id, new KnownRecord(id, null, DateTimeFormatter.RFC_1123_DATE_TIME.format(u.lastModified().atOffset(ZoneOffset.UTC)), "x"));
                known.dates.put(id, u.lastModified());
            }
            System.out.printf("%s at sandbox scale %.1f: %,d records in the sitemap%n", source, scale, urls.size());
            for (int round = 1; round <= ROUNDS; round++) {
                long gc0 = gcMillis();
                long w0 = System.nanoTime();
                long a0 = allocated();
                long c0 = cpu.getCurrentThreadCpuTime();
                SitemapChanges.Diff diff = new SitemapChanges.Diff(known,
                        new SitemapPages(SitemapReadBenchmark::localId, u -> ListingEntry.of(localId(u), u)), base);
                SitemapReader.Result read = new SitemapReader(http).read(sitemap, diff);
                SitemapChanges changes = diff.changes();
                long c1 = cpu.getCurrentThreadCpuTime();
                long a1 = allocated();
                long w1 = System.nanoTime();
                long gc1 = gcMillis();
                int listed = diff.listed();
                int unchanged = changes.unchanged().size();
                int toFetch = changes.toFetch().size();
                kept = new Object[] {diff, changes};
                diff = null;
                changes = null;
                long with = usedAfterFullGc();
                kept = null;
                long held = with - usedAfterFullGc();
                int n = Math.min(CONDITIONAL_SAMPLE, urls.size());
                for (int i = 0; i < n; i++) {
                    URI page = urls.get(i).uri();
                    if (!(http.conditionalGet(page, null, known.get(localId(page)).lastModified()) instanceof FetchOutcome.NotModified)) {
                        throw new IllegalStateException(page + " changed during the benchmark");
                    }
                }
                long c2 = cpu.getCurrentThreadCpuTime();
                System.out.printf("round %d: sitemap pass in %.2f s, %.1f µs CPU and %.0f bytes allocated per record (%d requests, %,d unchanged,"
                                + " %d to fetch), %d ms in collections, its result holding %.0f bytes per record;"
                                + " baseline, a conditional GET (304) per record: %.1f µs CPU per record (%,d records)%n", round,
                        (w1 - w0) / 1e9, (c1 - c0) / 1e3 / listed, (double) (a1 - a0) / listed, read.requests(), unchanged, toFetch,
                        gc1 - gc0, (double) held / listed, (c2 - c1) / 1e3 / n, n);
            }
        }
    }

    /**
     * The files' parsing alone, this JVM's first (cold, as in a harvester's first incremental run) and later rounds:
     * {@link SitemapScan} against the StAX reading it replaces, on the same gunzipped bytes, in the order asked.
     */
    private static void parseOnly(RegistryHttpClient http, URI sitemap, ThreadMXBean cpu, boolean staxFirst) {
        List<byte[]> files = new ArrayList<>();
        try {
            for (String file : SitemapReader.viaStax(body(http, sitemap)).files()) {
                SitemapBytes.Xml xml = new SitemapBytes(SitemapReader.MAX_UNCOMPRESSED_BYTES).xml(body(http, sitemap.resolve(file)));
                files.add(java.util.Arrays.copyOf(xml.bytes(), xml.length()));
            }
            if (files.isEmpty()) {
                files.add(body(http, sitemap));
            }
            for (int round = 1; round <= ROUNDS; round++) {
                long[] micros = new long[2];
                int entries = 0;
                for (int way = 0; way < 2; way++) {
                    boolean stax = (way == 0) == staxFirst;
                    long c0 = cpu.getCurrentThreadCpuTime();
                    entries = 0;
                    for (byte[] f : files) {
                        entries += (stax ? SitemapReader.viaStax(f) : SitemapScan.scan(f)).locs().size();
                    }
                    micros[stax ? 1 : 0] = (cpu.getCurrentThreadCpuTime() - c0) / 1_000;
                }
                System.out.printf("parse round %d (%s first): scan %.2f µs CPU per entry, StAX %.2f (%,d entries in %d files)%n",
                        round, staxFirst ? "StAX" : "scan", (double) micros[0] / entries, (double) micros[1] / entries, entries, files.size());
            }
        } catch (javax.xml.stream.XMLStreamException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time this JVM's collectors have taken so far. */
    /** Bytes this thread allocated so far (the reader's; the in-process sandbox builds the files on its own threads). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Known records that give their Last-Modified as an instant, as the harvester's state does. */
    private static final class KnownWithDates extends HashMap<String, KnownRecord> implements KnownLastModified {

        private final Map<String, Instant> dates = new HashMap<>();

        @Override
        public Instant lastModifiedInstant(String localId) {
            return dates.get(localId);
        }
    }

    /** Used heap after a full collection: what the pass's result holds is the difference with and without it. */
    private static long usedAfterFullGc() {
        // twice: the first may leave what finalisation or a reference queue frees only after it
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static byte[] body(RegistryHttpClient http, URI url) {
        if (!(http.get(url) instanceof FetchOutcome.Fetched f)) {
            throw new IllegalStateException("cannot fetch " + url);
        }
        return f.body();
    }

    /** The record's id in its detail URL: HKQR's and MQA's query parameter, else the path's last segment. */
    private static String localId(URI detail) {
        return localId(detail.getPath(), detail.getRawQuery());
    }

    private static String localId(String path, String rawQuery) {
        String byQuery = rawQuery == null ? null : QueryParam.of(rawQuery, rawQuery.startsWith("regNo") ? "regNo" : "NoRujA");
        return byQuery != null ? byQuery : path.substring(path.lastIndexOf('/') + 1);
    }
}
