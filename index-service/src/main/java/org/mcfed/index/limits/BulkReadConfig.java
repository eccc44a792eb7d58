package org.mcfed.index.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Limits of the public endpoints that read in bulk (keys {@code mcfed.bulk.*}): the export, COL feed
 * pages and OAI-PMH requests. Anyone may call them without a login, so what one client (told apart
 * by address) may spend is bounded here; beyond a limit the answer is a 429 with {@code Retry-After}.
 */
@ConfigMapping(prefix = "mcfed.bulk")
public interface BulkReadConfig {

    /** COL feed pages and OAI-PMH requests a client may make in a burst (its token bucket's size). */
    @WithDefault("300")
    int pageBurst();

    /** How often a client's page bucket gains one request back (PT0.05S: 20 pages a second sustained). */
    @WithDefault("PT0.05S")
    Duration pageRefill();

    /** Exports ({@code /api/export}) a client may start in a burst; each streams every record. */
    @WithDefault("3")
    int exportBurst();

    /** How often a client's export bucket gains one export back. */
    @WithDefault("PT1M")
    Duration exportRefill();

    /** Exports streaming at once on this replica, from all clients together; one more is a 429. */
    @WithDefault("2")
    int exportConcurrency();

    /** The {@code Retry-After} of a 429 because every export slot is taken (when one frees up is not known). */
    @WithDefault("PT30S")
    Duration exportRetryAfter();

    /** Clients whose buckets are remembered; the least recently seen is forgotten beyond this, bounding memory. */
    @WithDefault("10000")
    int clients();
}
