package org.mcfed.harvester.config;

import java.time.Duration;

/**
 * The harvester's own settings, independent of Quarkus so the engine runs the same in tests.
 *
 * @param bootstrap           Kafka bootstrap servers
 * @param instanceId          this instance's stable name (static group membership: a restarted
 *                            instance with the same name takes its sources back at once)
 * @param leaseSlots          partitions of the lease topic; each source hashes to one slot
 * @param failedPollsToTrip   consecutive polls that fetched nothing but failures before a run stops
 *                            and the source's circuit breaker opens
 * @param failedRunsToOpen    consecutive failed runs that open the breaker
 * @param breakerOpenFor      how long an open breaker skips scheduled runs
 * @param maxDeletionFraction a sweep that would delete more than this share of the known records
 *                            is refused (the registry is more likely broken than emptied)
 * @param resumeAttempts      how often a run interrupted by a Kafka failure is resumed in a row
 * @param resumeBackoff       the first wait before such a resume, doubling per attempt
 * @param sessionTimeout      Kafka group session timeout of the lease consumer
 * @param transactionRecords  polls are joined into one transaction until they returned this many records
 * @param transactionWindow   ... or until another poll would end later than this after the first began
 *                            (see {@link HarvesterConfig#transactionWindow()})
 * @param collectWhenIdle     collect the whole heap once when the last run on this instance has ended
 *                            (see {@link HarvesterConfig#collectHeapWhenIdle()}); off by default here, so that
 *                            tests running many engines in one JVM do not collect its heap at every run's end
 */
public record EngineOptions(String bootstrap, String instanceId, int leaseSlots, int failedPollsToTrip,
                            int failedRunsToOpen, Duration breakerOpenFor, double maxDeletionFraction,
                            int resumeAttempts, Duration resumeBackoff, Duration sessionTimeout,
                            int transactionRecords, Duration transactionWindow, boolean collectWhenIdle) {

    public static EngineOptions defaults(String bootstrap, String instanceId) {
        return new EngineOptions(bootstrap, instanceId, 32, 5, 2, Duration.ofMinutes(5), 0.5, 10,
                Duration.ofSeconds(1), Duration.ofSeconds(10), 500, Duration.ofMillis(250), false);
    }

    public EngineOptions withBreaker(int polls, int runs, Duration openFor) {
        return new EngineOptions(bootstrap, instanceId, leaseSlots, polls, runs, openFor, maxDeletionFraction,
                resumeAttempts, resumeBackoff, sessionTimeout, transactionRecords, transactionWindow, collectWhenIdle);
    }

    /** The same options with polls joined into one transaction up to {@code records} or {@code window}. */
    public EngineOptions withTransactions(int records, Duration window) {
        return new EngineOptions(bootstrap, instanceId, leaseSlots, failedPollsToTrip, failedRunsToOpen, breakerOpenFor,
                maxDeletionFraction, resumeAttempts, resumeBackoff, sessionTimeout, records, window, collectWhenIdle);
    }

    /** The same options, collecting the heap when the last run has ended ({@code collect}) or not. */
    public EngineOptions withIdleCollection(boolean collect) {
        return new EngineOptions(bootstrap, instanceId, leaseSlots, failedPollsToTrip, failedRunsToOpen, breakerOpenFor,
                maxDeletionFraction, resumeAttempts, resumeBackoff, sessionTimeout, transactionRecords, transactionWindow, collect);
    }
}
