package org.mcfed.launcher.eval;

import org.mcfed.launcher.ServiceHttp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mcfed.launcher.PipelineOptions;
import org.mcfed.launcher.PipelineProbe;
import org.mcfed.launcher.Reconciliation;
import org.mcfed.launcher.ServiceHttp;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the cross-lingual evaluation against a running pipeline over its public HTTP interfaces:
 * every judged query ({@link RelevanceJudgements}) is asked of {@code /api/search} twice, with the
 * cross-lingual path and without it ({@code translate=false}), in the same run, and scored by
 * recall@10 and reciprocal rank.
 */
public final class CrossLingualEvaluation {

    static final int K = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PipelineOptions options;
    private final PipelineProbe probe;
    private final HttpClient http = ServiceHttp.client(Duration.ofSeconds(5));

    public CrossLingualEvaluation(PipelineOptions options) {
        this.options = options;
        this.probe = new PipelineProbe(options);
    }

    /** Judges, asks and scores every query; the pipeline's first harvest must be through. */
    public EvaluationReport run() throws IOException, InterruptedException {
        Set<String> indexed = new HashSet<>(new Reconciliation(options).indexedIds());
        String sandbox = "http://localhost:" + options.sandboxPort();
        List<JudgedQuery> queries = RelevanceJudgements.build(probe.get(sandbox + "/_sandbox/concepts"),
                probe.get(sandbox + "/_sandbox/truth"), indexed, Reconciliation::colId);
        for (JudgedQuery q : queries) {
            search(q.text(), SearchMode.CROSS_LINGUAL); // warm the service's caches and JIT before timing
        }
        List<QueryOutcome> outcomes = new ArrayList<>(queries.size());
        for (JudgedQuery q : queries) {
            QueryOutcome outcome = QueryOutcome.empty(q);
            for (SearchMode mode : SearchMode.values()) {
                long t0 = System.nanoTime();
                List<String> ranked = search(q.text(), mode);
                outcome.millis().put(mode, (System.nanoTime() - t0) / 1e6);
                outcome.recall().put(mode, RankingMetrics.recallAt(K, ranked, q.relevant()));
                outcome.reciprocalRank().put(mode, RankingMetrics.reciprocalRank(ranked, q.relevant()));
            }
            outcomes.add(outcome);
        }
        return new EvaluationReport(indexed.size(), outcomes);
    }

    /** The ids of the first {@link #K} results. */
    private List<String> search(String text, SearchMode mode) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + options.indexPort() + "/api/search?size=" + K + "&translate="
                + mode.translateParam() + "&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (res.statusCode() != 200) {
            throw new IOException(uri + " answered " + res.statusCode() + ": " + new String(res.body(), StandardCharsets.UTF_8));
        }
        List<String> ids = new ArrayList<>(K);
        for (JsonNode r : JSON.readTree(res.body()).path("results")) {
            ids.add(r.path("id").asText());
        }
        return ids;
    }
}
