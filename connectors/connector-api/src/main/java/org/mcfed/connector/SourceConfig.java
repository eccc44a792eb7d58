package org.mcfed.connector;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * A configured source as a connector sees it (keys of docs/api.md):
 * {@code mcfed.sources.<name>.*}. {@code options} carries connector-specific keys (e.g. the
 * COL feed's page {@code limit}, or {@code metadataPrefix} for OAI-PMH).
 */
public record SourceConfig(
        String name,
        String connector,
        URI baseUrl,
        double requestsPerSecond,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration requestTimeout,
        String userAgent,
        Map<String, String> options) {

    public static final String DEFAULT_USER_AGENT =
            "mcfed/0.1 (micro-credential aggregator; +https://github.com/mcfed)";

    /** Defaults suited to a polite harvest: 5 requests/s, 5 attempts, backoff 200 ms doubling to 10 s, 30 s timeout. */
    public static SourceConfig of(String name, String connector, URI baseUrl) {
        return new SourceConfig(name, connector, baseUrl, 5.0, 5, Duration.ofMillis(200), Duration.ofSeconds(10),
                Duration.ofSeconds(30), DEFAULT_USER_AGENT, Map.of());
    }

    public SourceConfig withRate(double perSecond) {
        return new SourceConfig(name, connector, baseUrl, perSecond, maxAttempts, initialBackoff, maxBackoff,
                requestTimeout, userAgent, options);
    }

    public SourceConfig withRetry(int attempts, Duration initial, Duration max) {
        return new SourceConfig(name, connector, baseUrl, requestsPerSecond, attempts, initial, max,
                requestTimeout, userAgent, options);
    }

    public SourceConfig withOptions(Map<String, String> newOptions) {
        return new SourceConfig(name, connector, baseUrl, requestsPerSecond, maxAttempts, initialBackoff, maxBackoff,
                requestTimeout, userAgent, Map.copyOf(newOptions));
    }

    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
