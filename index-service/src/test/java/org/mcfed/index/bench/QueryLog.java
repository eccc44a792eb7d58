package org.mcfed.index.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The benchmark's query log ({@code query-log.tsv}, written by {@link QueryLogMaker}): one distinct
 * learner's search a line, {@code class<TAB>query string of GET /api/search}. A {@code pages=N}
 * parameter marks a deep page: the search's N-th page, reached by following the {@code next}
 * cursors of the pages before it (resolved once before the timed runs).
 */
public record QueryLog(List<Entry> entries) {

    /** One search of the log: its class and its API parameters (without {@code pages}). */
    public record Entry(String queryClass, Map<String, List<String>> params, int page) {

        public String q() {
            List<String> q = params.get("q");
            return q == null || q.isEmpty() ? "" : q.get(0);
        }

        /** The parameters as a URL query string. */
        public String queryString() {
            return QueryLog.queryString(params);
        }
    }

    public static QueryLog bundled() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = QueryLog.class.getResourceAsStream("/org/mcfed/index/bench/query-log.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] cols = l.split("\t", 2);
                Map<String, List<String>> params = parse(cols[1]);
                List<String> pages = params.remove("pages");
                out.add(new Entry(cols[0], params, pages == null ? 1 : Integer.parseInt(pages.get(0))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QueryLog(List.copyOf(out));
    }

    /**
     * The order of a replay: {@code n} picks of the log with Zipf-like repeats (the entry of rank r
     * with weight 1/(r+1), ranks a seeded shuffle of the log), as a search log has a few searches
     * asked very often and a long tail asked once.
     */
    public int[] replay(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int size = entries.size();
        int[] rankToEntry = new int[size];
        for (int i = 0; i < size; i++) {
            rankToEntry[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = rankToEntry[i];
            rankToEntry[i] = rankToEntry[j];
            rankToEntry[j] = t;
        }
        double[] cdf = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += 1.0 / (i + 1);
            cdf[i] = sum;
        }
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int i = Arrays.binarySearch(cdf, r.nextDouble() * sum);
            out[k] = rankToEntry[Math.min(size - 1, i < 0 ? -i - 1 : i)];
        }
        return out;
    }

    static Map<String, List<String>> parse(String queryString) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String kv : queryString.split("&")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return params;
    }

    public static String queryString(Map<String, List<String>> params) {
        StringBuilder b = new StringBuilder();
        params.forEach((k, vs) -> vs.forEach(v -> b.append(b.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20"))));
        return b.toString();
    }
}
