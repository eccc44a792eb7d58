package org.mcfed.harvester.run;

import org.mcfed.harvester.lease.SourceLeases;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Whether a requested run may go ahead: a known, enabled source, not paused, its breaker letting a
 * scheduled run through, and its lease held by this instance. A scheduled run refused only because
 * this instance is still joining the lease group is remembered and run once the lease comes.
 */
final class RunAdmission {

    private final Clock clock;
    private final Supplier<SourceLeases> leases;

    RunAdmission(Clock clock, Supplier<SourceLeases> leases) {
        this.clock = clock;
        this.leases = leases;
    }

    /** Null when the run may start, otherwise why not. */
    RunRequest refusal(SourceControl control, Trigger trigger, boolean shuttingDown) {
        if (control == null) {
            return RunRequest.UNKNOWN_SOURCE;
        }
        if (shuttingDown) {
            return RunRequest.SHUT_DOWN;
        }
        if (!control.source().enabled()) {
            return RunRequest.DISABLED;
        }
        if (control.paused()) {
            return RunRequest.PAUSED;
        }
        if (trigger == Trigger.SCHEDULE && !control.breaker().allowsScheduled(clock.instant())) {
            return RunRequest.BREAKER_OPEN;
        }
        SourceLeases l = leases.get();
        if (l == null || !l.owns(control.source().name())) {
            if (trigger == Trigger.SCHEDULE && (l == null || !l.joined())) {
                // the first scheduled run can fire before the group has given out the leases (a slow start);
                // without this it would wait for the next schedule, an hour or a day away
                control.owesScheduledRun();
            }
            return RunRequest.NOT_OWNER;
        }
        return null;
    }
}
