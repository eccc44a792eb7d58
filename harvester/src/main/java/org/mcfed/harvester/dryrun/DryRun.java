package org.mcfed.harvester.dryrun;

import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.col.validate.Problem;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Connectors;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.listing.HtmlRegistryTask;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a national registry checks its own feed before it is added: fetches a sample through the
 * connector (politely, like a harvest), maps it with the connector's mapper, enriches and
 * validates it as the normalizer would, and reports COL completeness and problems. Nothing is
 * published and nothing is remembered.
 */
public final class DryRun {

    public static final int MAX_SAMPLE = 200;

    private DryRun() {
    }

    /**
     * @throws IllegalArgumentException for an unknown connector, a base URL that is not http(s), or a sample out of range
     */
    public static DryRunReport sample(String connectorName, String baseUrl, int sample, Duration budget) {
        if (connectorName == null || connectorName.isBlank()) {
            throw new IllegalArgumentException("connector is required; one of " + Connectors.available().keySet());
        }
        Connector connector = Connectors.byName(connectorName.trim());
        URI base = httpUrl(baseUrl);
        if (sample < 1 || sample > MAX_SAMPLE) {
            throw new IllegalArgumentException("sample must be within 1.." + MAX_SAMPLE + ", was " + sample);
        }
        SourceConfig config = SourceConfig.of(connector.name(), connector.name(), base)
                .withOptions(Map.of(HtmlRegistryTask.SAMPLE_OPTION, String.valueOf(sample)));
        List<RawRecord> fetched = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<ItemProblem> itemProblems = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        try (SourceTask task = connector.newTask()) {
            task.start(config, SourcePosition.start("dry-run", null), Map.of());
            while (fetched.size() < sample && System.nanoTime() < deadline) {
                PollResult r = task.poll();
                r.records().stream().filter(raw -> !raw.deleted()).limit(sample - fetched.size()).forEach(fetched::add);
                for (FetchFailure f : r.failures()) {
                    failures.add((f.localId() == null ? "listing " : f.localId() + " ") + f.url() + ": " + f.reason());
                }
                itemProblems.addAll(r.itemProblems());
                if (r.done()) {
                    break;
                }
            }
        }
        return check(connector, base, fetched, failures, itemProblems);
    }

    private static DryRunReport check(Connector connector, URI base, List<RawRecord> fetched, List<String> failures,
                                      List<ItemProblem> itemProblems) {
        List<DryRunReport.Sample> samples = new ArrayList<>();
        Map<String, Integer> missing = new TreeMap<>();
        int acceptable = 0;
        double completenessSum = 0;
        int scored = 0;
        for (RawRecord raw : fetched) {
            List<String> problems = new ArrayList<>();
            raw.problems().forEach(p -> problems.add("page: " + p));
            Double completeness = null;
            List<String> absent = List.of();
            if (problems.isEmpty()) {
                try {
                    ColRecord record = ColEnrichment.enrich(connector.mapper().map(raw));
                    for (Problem p : ColValidator.validate(record)) {
                        problems.add(p.field() + ": " + p.problem());
                    }
                    if (record.quality() != null) {
                        completeness = record.quality().completeness();
                        absent = record.quality().missing() == null ? List.of() : record.quality().missing();
                    }
                } catch (MappingException e) {
                    e.reasons().forEach(r -> problems.add(r.element() + ": " + r.problem()));
                } catch (RuntimeException e) {
                    problems.add("mapping: " + e);
                }
            }
            if (completeness != null) {
                completenessSum += completeness;
                scored++;
            }
            absent.forEach(field -> missing.merge(field, 1, Integer::sum));
            if (problems.isEmpty()) {
                acceptable++;
            }
            samples.add(new DryRunReport.Sample(raw.localId(), raw.url(), completeness, absent, problems));
        }
        return new DryRunReport(connector.name(), base.toString(), fetched.size(), acceptable, fetched.size() - acceptable,
                scored == 0 ? 0 : completenessSum / scored, missing, failures, samples, itemProblems);
    }

    private static URI httpUrl(String baseUrl) {
        try {
            URI u = URI.create(baseUrl == null ? "" : baseUrl.trim());
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return u;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("baseUrl '" + baseUrl + "' is not an absolute http(s) URL");
    }
}
