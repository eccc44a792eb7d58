package org.mcfed.index.ops;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One harvest run as the dashboard shows it, read tolerantly from a
 * {@link org.mcfed.col.pipeline.RunReport} on {@code mcfed.harvest-runs.v1}. Fields read:
 * {@code source} (else the message key), {@code runId}, {@code status}, {@code startedAt},
 * {@code finishedAt}, {@code durationMs}, {@code pages}, {@code fetched}, {@code new}
 * (or {@code created}), {@code changed}, {@code unchanged}, {@code deleted}, {@code failed},
 * {@code errors} (strings, or objects shown as JSON). Counts absent from a report are null.
 */
public record RunView(String source, String runId, String status, Instant startedAt, Instant finishedAt,
                      Long durationMs, Long pages, Long fetched, Long created, Long changed, Long unchanged,
                      Long deleted, Long failed, List<String> errors) {

    static RunView read(String key, JsonNode v) {
        String source = Json.text(v, "source");
        List<String> errors = new ArrayList<>();
        JsonNode e = v.get("errors");
        if (e != null && e.isArray()) {
            e.forEach(x -> errors.add(x.isTextual() ? x.asText() : x.toString()));
        }
        return new RunView(source != null ? source : key, Json.text(v, "runId", "id"), Json.text(v, "status"),
                Json.instant(v, "startedAt", "started"), Json.instant(v, "finishedAt", "finished"),
                Json.number(v, "durationMs"), Json.number(v, "pages"), Json.number(v, "fetched"),
                Json.number(v, "new", "created"), Json.number(v, "changed"), Json.number(v, "unchanged"),
                Json.number(v, "deleted"), Json.number(v, "failed"), List.copyOf(errors));
    }

    /** The time the run is ordered by: its start, else its end. */
    Instant when() {
        return startedAt != null ? startedAt : finishedAt;
    }
}
