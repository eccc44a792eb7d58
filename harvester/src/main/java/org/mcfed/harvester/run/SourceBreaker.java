package org.mcfed.harvester.run;

import java.time.Duration;
import java.time.Instant;

/**
 * The circuit breaker of one source: a registry that keeps failing is left alone for a while
 * instead of being hammered by every scheduled run. Opens when a run trips (too many failing
 * polls in a row) or after {@code failedRunsToOpen} failed runs in a row; while open, scheduled runs
 * are skipped until {@code openFor} has passed; then one run is let through (half-open) and its
 * outcome closes or reopens the breaker. An operator's manual run is always let through as a trial.
 */
public final class SourceBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failedRunsToOpen;
    private final Duration openFor;
    private State state = State.CLOSED;
    private int failedRuns;
    private Instant openUntil;

    public SourceBreaker(int failedRunsToOpen, Duration openFor) {
        this.failedRunsToOpen = failedRunsToOpen;
        this.openFor = openFor;
    }

    /** Whether a scheduled run may go ahead now. */
    public synchronized boolean allowsScheduled(Instant now) {
        if (state == State.OPEN && !now.isBefore(openUntil)) {
            state = State.HALF_OPEN;
        }
        return state != State.OPEN;
    }

    public synchronized void completed() {
        state = State.CLOSED;
        failedRuns = 0;
        openUntil = null;
    }

    public synchronized void failed(boolean tripped, Instant now) {
        failedRuns++;
        if (tripped || state == State.HALF_OPEN || failedRuns >= failedRunsToOpen) {
            state = State.OPEN;
            openUntil = now.plus(openFor);
        }
    }

    public synchronized State state() {
        return state;
    }

    public synchronized Instant openUntil() {
        return openUntil;
    }

    public synchronized int failedRuns() {
        return failedRuns;
    }
}
