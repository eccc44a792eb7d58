package org.mcfed.harvester.run;

import org.mcfed.col.pipeline.RunReport;

/**
 * How a call to {@link HarvestRun} ended: a {@code report} when the run finished
 * (completed or failed, published with its last transaction), otherwise why it stopped with its
 * checkpoint left for a resume.
 */
public record RunOutcome(RunReport report, String stoppedBecause, HarvestFailure failure, boolean tripped) {

    public static RunOutcome finished(RunReport report, boolean tripped) {
        return new RunOutcome(report, null, null, tripped);
    }

    public static RunOutcome stopped(String why) {
        return new RunOutcome(null, why, null, false);
    }

    public static RunOutcome broken(HarvestFailure failure, String why) {
        return new RunOutcome(null, why, failure, false);
    }

    public boolean completed() {
        return report != null && RunStatus.COMPLETED.equals(report.status());
    }
}
