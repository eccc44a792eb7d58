package org.mcfed.index.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mcfed.index.search.RecordSearch;
import org.mcfed.index.search.SearchRequest;
import org.mcfed.index.search.SearchResult;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The runs of the search benchmark on one corpus: the query log's match counts, the service over
 * HTTP and in-process and the Solr peer over HTTP at 1, 8 and 32 clients (one after the other, same
 * replay order), overlap@10 with Solr per query class, ranking on judged queries, and memory.
 */
public final class SearchComparison {

    private static final int[] CLIENTS = {1, 8, 32};
    private static final int JUDGED_CONCEPTS = 60;
    /**
     * Each server's warm-up before the first measured run: without it the service's first mode (HTTP, 1
     * client) measured its JIT compilation, 81 against 21 ms of CPU per search in-process (2026-12-03), and
     * a profile of the service showed its compiler threads at 31 % of its CPU over a whole benchmark.
     */
    private static final int WARM_UP_SECONDS = 60;
    private static final int WARM_UP_CLIENTS = 4;
    /**
     * Searches per query class (the first of the class in the log) whose match counts are printed and
     * whose first ten are compared with Solr's: all 2,620 would take longer than the timed runs.
     */
    private static final int SAMPLE = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Peers peers;
    private final RecordSearch search;
    /** The same searches counting every match, for the query log's exact match counts. */
    private final RecordSearch exactCounts;
    private final int records;
    private final int seconds;
    private final QueryLog log = QueryLog.bundled();
    private final int[] order;

    public SearchComparison(Peers peers, RecordSearch search, RecordSearch exactCounts, int records, int seconds) {
        this.peers = peers;
        this.search = search;
        this.exactCounts = exactCounts;
        this.records = records;
        this.seconds = seconds;
        this.order = log.replay(1 << 18, 7);
    }

    public void run() throws Exception {
        int n = log.entries().size();
        List<SearchRequest> requests = new ArrayList<>(n);
        List<URI> serviceUris = new ArrayList<>(n);
        List<URI> solrUris = new ArrayList<>(n);
        List<Long> textMatches = new ArrayList<>();
        int estimated = 0;
        Map<String, double[]> overlap = new TreeMap<>();
        Map<String, int[]> sampled = new LinkedHashMap<>();
        for (QueryLog.Entry e : log.entries()) {
            SearchRequest r = SearchRequest.parse(e.params());
            int[] seen = sampled.computeIfAbsent(e.queryClass(), k -> new int[1]);
            boolean sample = seen[0]++ < SAMPLE;
            SearchResult page = null;
            if (sample || e.page() > 1) {
                page = search.search(r);
                if (sample && !e.q().isBlank()) {
                    textMatches.add(exactCounts.search(r).total());
                    estimated += page.totalExact() ? 0 : 1;
                }
                for (int p = 1; p < e.page() && page.next() != null; p++) {
                    r = r.withCursor(page.next());
                    page = search.search(r);
                }
            }
            requests.add(r);
            serviceUris.add(peers.service.resolve("/api/search?" + e.queryString() + (r.cursor() == null ? "" : "&cursor=" + r.cursor())));
            if (peers.solr != null) {
                Map<String, List<String>> sp = SolrQuery.of(e, r.size());
                double[] o = overlap.computeIfAbsent(e.queryClass(), k -> new double[2]);
                boolean compared = sample;
                String mark = "*";
                if (compared || e.page() > 1) {
                    JsonNode answer = solr(sp, mark);
                    for (int p = 1; p < e.page(); p++) {
                        mark = answer.path("nextCursorMark").asText();
                        answer = solr(sp, mark);
                    }
                    if (compared) {
                        o[0] += overlap(ids(page), solrIds(answer));
                        o[1]++;
                    }
                }
                sp.put("cursorMark", List.of(mark));
                solrUris.add(peers.solr.resolve("/select?" + QueryLog.queryString(sp)));
            }
        }
        textMatches.sort(null);
        System.out.printf("%nquery log: %,d distinct searches in %d classes, replayed with Zipf-like repeats; the first %d of each class with text (%,d) match a median of %,d and p90 %,d of %,d records (max %,d)%n",
                n, sampled.size(), SAMPLE, textMatches.size(), textMatches.get(textMatches.size() / 2), textMatches.get((int) (textMatches.size() * 0.9)), records,
                textMatches.get(textMatches.size() - 1));
        System.out.printf("of these, %,d answered with an estimated total (more matches than the exact count limit)%n", estimated);
        System.out.printf("runs of %d s after a %d s warm-up; %d cores, load average %.1f at the start%n", seconds, Math.max(3, seconds / 3),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("caches: neither engine caches results (the service has no result cache; Solr's queryResultCache and documentCache are off); "
                + "both keep a filter cache (Lucene's query cache, Solr's filterCache)");
        int warm = Integer.getInteger("bench.warmup", WARM_UP_SECONDS);
        LoadRun.warmUp(WARM_UP_CLIENTS, warm, i -> get(serviceUris.get(order[i % order.length])));
        if (peers.solr != null) {
            LoadRun.warmUp(WARM_UP_CLIENTS, warm, i -> get(solrUris.get(order[i % order.length])));
        }
        System.out.printf("before the first measured run, each server answered the replay for %d s (%d clients, -Dbench.warmup=seconds), "
                + "so that both are JIT-compiled as in a deployment that runs for hours%n", warm, WARM_UP_CLIENTS);
        System.out.printf("%n%-34s %7s %8s %8s %8s %9s %12s%n", "mode", "clients", "QPS", "p50 ms", "p99 ms", "p99.9 ms", "CPU ms/query");
        long self = ProcessHandle.current().pid();
        for (int clients : CLIENTS) {
            report("mcfed HTTP", clients, LoadRun.run(clients, seconds, peers.serviceProcess.pid(),
                    i -> get(serviceUris.get(order[i % order.length]))));
            report("mcfed in-process", clients, LoadRun.run(clients, seconds, self,
                    i -> search.search(requests.get(order[i % order.length]))));
            if (peers.solr != null) {
                report("Solr 9.10.1 HTTP", clients, LoadRun.run(clients, seconds, peers.solrProcess.pid(),
                        i -> get(solrUris.get(order[i % order.length]))));
            }
        }
        // what cross-lingual search costs: the same replay in-process with translate=false, then true (first pages: a cursor belongs to its mode)
        List<SearchRequest> translated = requests.stream().map(r -> r.withCursor(null)).toList();
        List<SearchRequest> untranslated = translated.stream().map(r -> r.withTranslate(false)).toList();
        LoadRun.Result off = LoadRun.run(1, seconds, self, i -> search.search(untranslated.get(order[i % order.length])));
        LoadRun.Result on = LoadRun.run(1, seconds, self, i -> search.search(translated.get(order[i % order.length])));
        report("in-process, page 1, translate=false", 1, off);
        report("in-process, page 1, translate=true", 1, on);
        if (!overlap.isEmpty()) {
            System.out.printf("%nresults-overlap@10 with Solr per query class (|in both top 10s| / size of the larger; the first %d searches of each class):%n", SAMPLE);
            overlap.forEach((cls, o) -> System.out.printf("  %-10s %5.0f searches  %.2f%n", cls, o[1], o[0] / o[1]));
        }
        ranking();
        System.out.printf("%nmemory after the runs: mcfed service %s, heap used %s (%s); Solr %s, heap used %s (%s)%n",
                LoadRun.rss(peers.serviceProcess.pid()), serviceHeap(), Peers.SERVICE_HEAP,
                peers.solr == null ? "not run" : LoadRun.rss(peers.solrProcess.pid()), solrHeap(), Peers.HEAP);
    }

    private void ranking() throws Exception {
        List<RankingJudgements.Judged> judged = RankingJudgements.queries(JUDGED_CONCEPTS);
        List<List<String>> mcfed = new ArrayList<>();
        List<List<String>> solr = new ArrayList<>();
        for (RankingJudgements.Judged j : judged) {
            mcfed.add(ids(search.search(SearchRequest.of(j.query()))));
            if (peers.solr != null) {
                Map<String, List<String>> p = new LinkedHashMap<>();
                p.put("q", List.of(j.query()));
                p.put("rows", List.of("10"));
                solr.add(solrIds(JSON.readTree(peers.get(peers.solr.resolve("/select?" + QueryLog.queryString(p))))));
            }
        }
        RankingJudgements.Scores m = RankingJudgements.score(judged, mcfed);
        System.out.printf("%nranking on %d judged queries (the %d most frequent concepts of the corpus in en, zh-Hant, zh-Hans, ms; "
                + "grade 2 = the record's title topic, 1 = its body topic):%n", m.queries(), JUDGED_CONCEPTS);
        System.out.printf("  mcfed   MRR %.3f  nDCG@10 %.3f%n", m.mrr(), m.ndcg10());
        if (!solr.isEmpty()) {
            RankingJudgements.Scores s = RankingJudgements.score(judged, solr);
            System.out.printf("  Solr    MRR %.3f  nDCG@10 %.3f%n", s.mrr(), s.ndcg10());
        }
    }

    private JsonNode solr(Map<String, List<String>> params, String cursorMark) throws Exception {
        Map<String, List<String>> p = new LinkedHashMap<>(params);
        p.put("cursorMark", List.of(cursorMark));
        return JSON.readTree(peers.get(peers.solr.resolve("/select?" + QueryLog.queryString(p))));
    }

    private void get(URI uri) throws Exception {
        HttpResponse<byte[]> r = peers.http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered HTTP " + r.statusCode());
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.results().stream().limit(10).map(m -> (String) m.get("id")).toList();
    }

    private static List<String> solrIds(JsonNode answer) {
        List<String> out = new ArrayList<>();
        for (JsonNode d : answer.path("response").path("docs")) {
            if (out.size() < 10) {
                out.add(d.path("id").asText());
            }
        }
        return out;
    }

    private static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / Math.max(a.size(), b.size());
    }

    private static void report(String mode, int clients, LoadRun.Result r) {
        System.out.printf("%-34s %7d %8.0f %8.2f %8.2f %9.2f %12.2f%n", mode, clients, r.qps(), r.p50Ms(), r.p99Ms(), r.p999Ms(), r.cpuMsPerQuery());
    }

    private String serviceHeap() {
        try {
            String metrics = peers.get(peers.service.resolve("/q/metrics"));
            double heap = metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes") && l.contains("area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            return String.format("%,d MB", (long) heap / (1024 * 1024));
        } catch (Exception e) {
            return "n/a";
        }
    }

    private String solrHeap() {
        try {
            return peers.solr == null ? "n/a" : String.format("%,d MB", Long.parseLong(peers.get(peers.solr.resolve("/heap")).strip()) / (1024 * 1024));
        } catch (Exception e) {
            return "n/a";
        }
    }
}
