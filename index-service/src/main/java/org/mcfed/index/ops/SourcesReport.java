package org.mcfed.index.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mcfed.index.store.ColElements;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Puts runs, rejects and record quality together per source. A source appears as soon as any of
 * the three knows it: a registry whose every record is rejected still shows, with zero records.
 */
@ApplicationScoped
public class SourcesReport {

    @Inject
    RunHistory runs;

    @Inject
    RejectLedger rejects;

    @Inject
    SourceQuality quality;

    /** The whole answer of {@code GET /api/sources}. */
    public record Answer(Instant generatedAt, List<String> mandatoryElements, List<String> optionalElements,
                         List<SourceStatus> sources) {
    }

    public Answer build(boolean withRaw) {
        Instant now = Instant.now();
        Map<String, List<RunView>> runsBySource = runs.snapshot();
        Map<String, RejectLedger.SourceRejects> rejectsBySource = rejects.snapshot(withRaw);
        Map<String, SourceQuality.Report> qualityBySource = quality.bySource();
        TreeSet<String> names = new TreeSet<>();
        names.addAll(runsBySource.keySet());
        names.addAll(rejectsBySource.keySet());
        names.addAll(qualityBySource.keySet());
        List<SourceStatus> sources = new ArrayList<>();
        for (String name : names) {
            List<RunView> sourceRuns = runsBySource.getOrDefault(name, List.of());
            Instant lastCompleted = sourceRuns.stream()
                    .filter(r -> "completed".equals(r.status()) && r.finishedAt() != null)
                    .map(RunView::finishedAt).max(Instant::compareTo).orElse(null);
            sources.add(new SourceStatus(name, sourceRuns.isEmpty() ? null : sourceRuns.get(0), lastCompleted,
                    lastCompleted == null ? null : Duration.between(lastCompleted, now).toSeconds(), sourceRuns,
                    rejectsBySource.getOrDefault(name, RejectLedger.SourceRejects.NONE),
                    qualityBySource.get(name)));
        }
        return new Answer(now, org.mcfed.col.vocab.Vocabularies.MANDATORY_FIELDS, ColElements.OPTIONAL, sources);
    }
}
