package org.mcfed.harvester.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The harvester instance's configuration, {@code mcfed.harvester.*}; the registries are under
 * {@code mcfed.sources.<name>.*} ({@link SourcesConfig}, docs/api.md) and Kafka is
 * {@code mcfed.kafka.bootstrap}. Each prefix is mapped on its own so that other services' keys
 * under {@code mcfed.} do not trouble this one.
 */
@ConfigMapping(prefix = "mcfed.harvester")
public interface HarvesterConfig {

    /** Stable name of this instance (a restarted instance with the same name takes its sources back at once); default the host name. */
    Optional<String> instanceId();

    /** User name of the admin API (HTTP basic). */
    @WithDefault("admin")
    String adminUser();

    /** Secret: password of the admin API (set it from the environment, MCFED_ADMIN_PASSWORD); unset, every admin call is a 401. */
    Optional<String> adminPassword();

    /**
     * Partitions of the lease topic (upper bound on instances sharing the work) when the harvester
     * creates it; unset = the count declared for mcfed.harvest-leases.v1 in col-schema's pipeline/topics.csv.
     */
    OptionalInt leaseSlots();

    /** Consecutive polls with nothing but failures after which a run stops and the breaker opens. */
    @WithDefault("5")
    int breakerFailedPolls();

    /**
     * A run joins its connector's polls into one Kafka transaction until they returned this many records,
     * fetched or unchanged (or until {@link #transactionWindow()}): each transaction costs the broker its
     * coordinator writes and a commit marker in every partition it wrote to, however few records it carries.
     */
    @WithDefault("500")
    int transactionRecords();

    /**
     * A transaction takes no further poll that, if as long as the last one, would end later than this after its
     * first poll began: a fetched record reaches the topic about this much later, at most, than with a
     * transaction per poll. A poll slower than this (a rate-limited registry) is committed alone.
     */
    @WithDefault("250ms")
    Duration transactionWindow();

    /** Consecutive failed runs that open a source's breaker. */
    @WithDefault("2")
    int breakerFailedRuns();

    /** How long an open breaker skips scheduled runs. */
    @WithDefault("5m")
    Duration breakerOpenFor();

    /** A deletion sweep deleting more than this share of known records is refused. */
    @WithDefault("0.5")
    double maxDeletionFraction();

    /** Resumes in a row of a run interrupted by Kafka failures. */
    @WithDefault("10")
    int resumeAttempts();

    /** First wait before such a resume, doubling. */
    @WithDefault("1s")
    Duration resumeBackoff();

    /** Session timeout of the lease group: how soon a crashed instance's sources move elsewhere. */
    @WithDefault("10s")
    Duration sessionTimeout();

    /**
     * Collect the whole heap once when the last run on this instance has ended, so that the next run's promotions
     * fit in the old generation without a pause of the throughput collector in the middle of the run
     * ({@code IdleCollection}).
     */
    @WithDefault("true")
    boolean collectHeapWhenIdle();

    /** One registry: {@code mcfed.sources.<name>.*}. */
    interface SourceSettings {
        /** The connector that reads it: {@code nzqa}, {@code mqa}, {@code microcred-seeker}, {@code hkqr}, {@code col-feed}. */
        Optional<String> connector();

        /** Where the registry is (http or https). */
        Optional<String> baseUrl();

        /** A cron expression (Quartz syntax), an interval ({@code 6h}, {@code PT30M}) or {@code manual}. */
        @WithDefault("6h")
        String schedule();

        /** A disabled source is configured but never harvested. */
        @WithDefault("true")
        boolean enabled();

        /** Politeness: requests per second to the registry's host. */
        @WithDefault("5")
        double rateLimit();

        /** Attempts per page for retriable failures (I/O, timeouts, 5xx, 429). */
        @WithDefault("5")
        int maxAttempts();

        /** First backoff between attempts, doubling up to {@link #maxBackoff()}. */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("10s")
        Duration maxBackoff();

        /** Timeout of one request. */
        @WithDefault("30s")
        Duration requestTimeout();

        /** User-Agent sent to the registry; defaults to one naming the aggregator. */
        Optional<String> userAgent();

        /** Connector-specific options (e.g. the COL feed's {@code limit}). */
        Map<String, String> options();
    }

}
