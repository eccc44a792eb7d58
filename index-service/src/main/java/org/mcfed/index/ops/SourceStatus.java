package org.mcfed.index.ops;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/sources} says about one source: its last runs and their counts, its
 * rejects by reason with examples, the COL completeness of its records per element, and
 * freshness (how long since it was last harvested successfully).
 *
 * @param lastRun the newest run report, null when none was seen
 * @param lastCompletedAt when the newest run with status {@code completed} finished
 * @param secondsSinceLastCompleted age of that run, the figure an operator alerts on
 */
public record SourceStatus(String source, RunView lastRun, Instant lastCompletedAt, Long secondsSinceLastCompleted,
                           List<RunView> runs, RejectLedger.SourceRejects rejects, SourceQuality.Report records) {
}
