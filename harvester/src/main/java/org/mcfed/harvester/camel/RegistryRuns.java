package org.mcfed.harvester.camel;

import org.mcfed.harvester.run.HarvestRun;
import org.mcfed.harvester.run.RunRequest;
import org.mcfed.harvester.run.Trigger;

/**
 * What a {@code registry:} endpoint's consumer asks of the harvester: the admitted run it should drive
 * next, what to do once a run ended, and a run for the source's schedule. Admission (lease, pause,
 * breaker, one run at a time) stays with the harvester, so an operator's run and a scheduled one
 * pass the same checks.
 */
public interface RegistryRuns {

    /** The run this source should drive next, opened (state loaded, task started); null when none was asked for. */
    HarvestRun next(String source);

    /** The run's outcome is set: report it and act on it (breaker, resume, retry). */
    void ended(HarvestRun run);

    /** Asks for a run (the schedule's fire goes through the same admission as an operator's request). */
    RunRequest request(String source, Trigger trigger);
}
