package org.mcfed.col.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * One harvest run of one source, on {@link Topics#HARVEST_RUNS}, keyed by source. The counts
 * reconcile: {@code fetched = new + changed + unchangedContent} for records fetched; {@code unchanged}
 * counts records confirmed unchanged (304 or same checksum); {@code failed} counts pages that could
 * not be fetched after retries, each with its reason in {@code errors}.
 *
 * @param created records seen for the first time (JSON {@code new})
 * @param status {@code running} (progress report), {@code completed}, {@code failed} (no deletion sweep), {@code aborted}
 */
public record RunReport(
        String source,
        String runId,
        String status,
        Instant startedAt,
        Instant finishedAt,
        long durationMs,
        long pages,
        long fetched,
        @JsonProperty("new") long created,
        long changed,
        long unchanged,
        long deleted,
        long failed,
        List<String> errors) {
}
