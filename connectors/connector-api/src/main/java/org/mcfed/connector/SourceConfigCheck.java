package org.mcfed.connector;

import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.connector.http.RetryPolicy;
import org.mcfed.connector.listing.HtmlRegistryTask;

import java.time.Duration;

/**
 * Validates a {@link SourceConfig} when a task starts, so a bad setting fails at start-up with a
 * message naming the source and the key ({@code mcfed.sources.<name>.<key>}), not as an odd error
 * in the middle of a harvest.
 */
public final class SourceConfigCheck {

    private SourceConfigCheck() {
    }

    /** @throws IllegalArgumentException naming the source and the key of the first bad setting */
    public static SourceConfig validate(SourceConfig c) {
        if (c == null) {
            throw new IllegalArgumentException("no source configuration given");
        }
        String source = c.name() == null || c.name().isBlank() ? "<unnamed>" : c.name();
        if (c.name() == null || c.name().isBlank()) {
            fail(source, "name", "must not be blank");
        }
        if (c.baseUrl() == null) {
            fail(source, "base-url", "is required");
        }
        String scheme = c.baseUrl().getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || c.baseUrl().getHost() == null) {
            fail(source, "base-url", "must be an http(s) URL with a host, was '" + c.baseUrl() + "'");
        }
        if (!(c.requestsPerSecond() >= 0)) {
            fail(source, "requests-per-second", "must be 0 (unlimited) or more, was " + c.requestsPerSecond());
        }
        if (c.maxAttempts() < 1) {
            fail(source, "max-attempts", "must be at least 1, was " + c.maxAttempts());
        }
        positive(source, "initial-backoff", c.initialBackoff());
        positive(source, "max-backoff", c.maxBackoff());
        positive(source, "request-timeout", c.requestTimeout());
        if (c.maxBackoff().compareTo(c.initialBackoff()) < 0) {
            fail(source, "max-backoff", "must not be below initial-backoff (" + c.initialBackoff() + "), was " + c.maxBackoff());
        }
        if (c.userAgent() == null || c.userAgent().isBlank()) {
            fail(source, "user-agent", "must name the aggregator");
        }
        if (c.options() == null) {
            fail(source, "options", "must not be null (use an empty map)");
        }
        positiveNumberOption(c, source, RegistryHttpClient.MAX_BODY_BYTES_OPTION);
        positiveNumberOption(c, source, RetryPolicy.RETRY_AFTER_CAP_OPTION);
        positiveNumberOption(c, source, HtmlRegistryTask.DETAIL_CONCURRENCY_OPTION);
        positiveNumberOption(c, source, HtmlRegistryTask.PAGES_IN_FLIGHT_OPTION);
        positiveNumberOption(c, source, HtmlRegistryTask.SHAPE_CHECK_PAGES_OPTION);
        shareOption(c, source, HtmlRegistryTask.SHAPE_CHANGE_SHARE_OPTION);
        String client = c.options().get(RegistryHttpClient.HTTP_CLIENT_OPTION);
        if (client != null && !RegistryHttpClient.HTTP_CLIENTS.contains(client.trim())) {
            fail(source, RegistryHttpClient.HTTP_CLIENT_OPTION, "must be one of " + new java.util.TreeSet<>(RegistryHttpClient.HTTP_CLIENTS) + ", was '" + client + "'");
        }
        return c;
    }

    /**
     * The error for a connector's own option ({@code mcfed.sources.<name>.options.<key>}) that a connector checks at
     * start: named by source and full key, as the checks here name theirs.
     */
    public static IllegalArgumentException badOption(SourceConfig c, String key, String problem) {
        return bad(c.name(), "options." + key, problem);
    }

    private static void positive(String source, String key, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            fail(source, key, "must be a positive duration, was " + d);
        }
    }

    private static void positiveNumberOption(SourceConfig c, String source, String key) {
        String v = c.options().get(key);
        if (v == null) {
            return;
        }
        try {
            if (Long.parseLong(v.trim()) > 0) {
                return;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        fail(source, key, "must be a positive whole number, was '" + v + "'");
    }

    private static void shareOption(SourceConfig c, String source, String key) {
        String v = c.options().get(key);
        if (v == null) {
            return;
        }
        try {
            double share = Double.parseDouble(v.trim());
            if (share >= 0 && share < 1) {
                return;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        fail(source, key, "must be a share from 0 up to (not including) 1, was '" + v + "'");
    }

    private static void fail(String source, String key, String problem) {
        throw bad(source, key, problem);
    }

    /** The one message form: the source, and the key under {@code mcfed.sources.<name>}. */
    private static IllegalArgumentException bad(String source, String key, String problem) {
        return new IllegalArgumentException("source '" + source + "': mcfed.sources." + source + "." + key + " " + problem);
    }
}
