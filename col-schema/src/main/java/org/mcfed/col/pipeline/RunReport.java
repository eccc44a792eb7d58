package org.mcfed.col.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * One harvest run of one source, on {@link Topics#HARVEST_RUNS}, keyed by source. The counts
 * reconcile: {@code fetched = new + changed + unchangedContent} for records fetched; {@code unchanged}
 * counts records confirmed unchanged (304 or same checksum); {@code failed} counts pages that could
 * not be fetched after retries, each with its reason in {@code errors}. {@code itemProblems} names the
 * first {@link #MAX_ITEM_PROBLEMS} feed items that could not be read as they stood ({@code itemProblemCount}
 * counts them all); reports written before these fields existed read as none.
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
        List<String> errors,
        List<ItemProblem> itemProblems,
        long itemProblemCount) {

    /** How many item problems a report names; the count goes on. */
    public static final int MAX_ITEM_PROBLEMS = 100;

    public RunReport {
        itemProblems = itemProblems == null ? List.of() : List.copyOf(itemProblems);
    }

    /** A report without item problems (sources whose pages hold one record each). */
    public RunReport(String source, String runId, String status, Instant startedAt, Instant finishedAt, long durationMs,
                     long pages, long fetched, long created, long changed, long unchanged, long deleted, long failed,
                     List<String> errors) {
        this(source, runId, status, startedAt, finishedAt, durationMs, pages, fetched, created, changed, unchanged,
                deleted, failed, errors, List.of(), 0);
    }
}
