package org.mcfed.harvester.run;

/** What asked for a run. */
public enum Trigger {
    /** The source's schedule: skipped while paused or while the breaker is open. */
    SCHEDULE,
    /** An operator through the admin API: runs even while the breaker is open (as its trial run). */
    MANUAL,
    /** Continue an interrupted run (lease acquired, Kafka back, resumed by an operator); nothing to do without a checkpoint. */
    RESUME
}
