package org.mcfed.index.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The operators' view of the pipeline: how much history it keeps, and who may act on it. */
@ConfigMapping(prefix = "mcfed.ops")
public interface OpsConfig {

    /** Harvest runs kept per source (progress reports of one run replace each other). */
    @WithDefault("20")
    int runsKept();

    /** History points (one per ended harvest run) kept per source for the dashboard's charts. */
    @WithDefault("500")
    int historyKept();

    /** Example rejected records kept per source and reason. */
    @WithDefault("3")
    int examplesPerReason();

    /** Distinct reject reasons kept per source; further ones are counted under "other". */
    @WithDefault("200")
    int reasonsPerSource();

    /** Characters of a rejected record's raw JSON kept for the admin view. */
    @WithDefault("20000")
    int rawExampleChars();

    /** Whether to follow the harvest-runs and rejects topics at all (off for a search-only replica). */
    @WithDefault("true")
    boolean followTopics();

    /**
     * Secret: bearer token for {@code /api/admin/*}, by default the shared {@code mcfed.admin.password}
     * (set it through the environment, {@code MCFED_ADMIN_PASSWORD}); every admin call is a 401 while it is unset.
     */
    Optional<String> adminToken();
}
