package org.mcfed.index.validate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Limits of the public feed validator ({@code POST /api/validate}, keys {@code mcfed.validate.*}):
 * anyone may call it without a login, so every resource it spends is bounded here.
 */
@ConfigMapping(prefix = "mcfed.validate")
public interface ValidateConfig {

    /** Largest pasted or uploaded document, in bytes; a larger one is answered 413. */
    @WithDefault("2097152")
    int maxBodyBytes();

    /** Feed items checked per request; the rest are not read, and the answer says the limit cut the check. */
    @WithDefault("500")
    int maxRecords();

    /** Pages followed from a given feed URL (next cursors, resumptionTokens). */
    @WithDefault("10")
    int maxPages();

    /** Bytes fetched from a given feed URL over all its pages and redirects. */
    @WithDefault("5242880")
    long maxBytesPerUrl();

    /** Redirects followed per page, each hop checked against the address rules. */
    @WithDefault("5")
    int maxRedirects();

    /** Wall-clock time for one check, fetching and validating; a slower feed gets a timeout verdict. */
    @WithDefault("PT20S")
    Duration timeout();

    /** Checks a client may start in a burst (its token bucket's size); clients are told apart by address. */
    @WithDefault("10")
    int rateBurst();

    /** How often a client's bucket gains one check back. */
    @WithDefault("PT6S")
    Duration rateRefill();

    /** Clients whose buckets are remembered; the least recently seen is forgotten beyond this, bounding memory. */
    @WithDefault("10000")
    int rateClients();

    /**
     * Hosts (exactly as written in the URL, case-insensitive) that may resolve to loopback, private,
     * link-local or otherwise internal addresses; empty by default, so none may.
     */
    Optional<Set<String>> allowedHosts();

    /** Ports a feed URL may name; any port when unset. */
    Optional<Set<Integer>> allowedPorts();
}
