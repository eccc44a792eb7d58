package org.mcfed.harvester.admin;

import org.mcfed.col.pipeline.RunReport;
import org.mcfed.harvester.run.SourceControl;

import java.time.Instant;
import java.util.List;

/** A source as the admin API shows it: configuration, state here, breaker, last runs (newest first). */
public record SourceView(String name, String connector, String baseUrl, String schedule, boolean enabled,
                         double rateLimit, boolean paused, boolean running, boolean ownedHere, String instance,
                         Breaker breaker, List<RunReport> lastRuns) {

    public record Breaker(String state, Instant openUntil, int failedRunsInARow) {
    }

    static SourceView of(SourceControl c, boolean owned, String instance) {
        var s = c.source();
        var b = c.breaker();
        return new SourceView(s.name(), s.connector(), s.config().baseUrl().toString(), s.schedule(), s.enabled(),
                s.config().requestsPerSecond(), c.paused(), c.running(), owned, instance,
                new Breaker(b.state().name().toLowerCase(), b.openUntil(), b.failedRuns()), c.lastRuns());
    }
}
