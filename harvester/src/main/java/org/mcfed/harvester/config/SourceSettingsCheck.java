package org.mcfed.harvester.config;

import org.mcfed.connector.SourceConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the configured sources at start-up and turns them into {@link HarvestSource}s. Every
 * problem is reported at once, each naming the source and the key
 * ({@code mcfed.sources.nzqa.base-url: ...}), so that an operator fixes the file in one go.
 */
public final class SourceSettingsCheck {

    private SourceSettingsCheck() {
    }

    /** @throws IllegalStateException listing every problem */
    public static List<HarvestSource> check(Map<String, HarvesterConfig.SourceSettings> sources, Collection<String> connectors) {
        List<String> problems = new ArrayList<>();
        List<HarvestSource> out = new ArrayList<>();
        new TreeMap<>(sources).forEach((name, s) -> {
            HarvestSource checked = check(name, s, connectors, problems);
            if (checked != null) {
                out.add(checked);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("harvester configuration is invalid:\n  " + String.join("\n  ", problems));
        }
        return out;
    }

    static HarvestSource check(String name, HarvesterConfig.SourceSettings s, Collection<String> connectors, List<String> problems) {
        int before = problems.size();
        String key = "mcfed.sources." + name + ".";
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(key.substring(0, key.length() - 1) + ": source name '" + name
                    + "' must be lower-case letters, digits and '-' (it prefixes record ids)");
        }
        String connector = s.connector().map(String::trim).orElse("");
        if (connector.isEmpty()) {
            problems.add(key + "connector: missing; one of " + connectors);
        } else if (!connectors.contains(connector)) {
            problems.add(key + "connector: '" + connector + "' is not an available connector; one of " + connectors);
        }
        URI baseUrl = null;
        String url = s.baseUrl().map(String::trim).orElse("");
        if (url.isEmpty()) {
            problems.add(key + "base-url: missing; where the registry is, e.g. https://www.nzqa.govt.nz");
        } else {
            try {
                baseUrl = new URI(url);
                if (!("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme())) || baseUrl.getHost() == null) {
                    problems.add(key + "base-url: '" + url + "' is not an absolute http(s) URL");
                }
            } catch (URISyntaxException e) {
                problems.add(key + "base-url: '" + url + "' is not a URL: " + e.getReason());
            }
        }
        try {
            Schedule.parse(s.schedule());
        } catch (IllegalArgumentException e) {
            problems.add(key + "schedule: " + e.getMessage());
        }
        if (!(s.rateLimit() > 0) || Double.isInfinite(s.rateLimit())) {
            problems.add(key + "rate-limit: " + s.rateLimit() + " must be a positive number of requests per second");
        }
        if (s.maxAttempts() < 1) {
            problems.add(key + "max-attempts: " + s.maxAttempts() + " must be at least 1");
        }
        if (s.initialBackoff().isNegative() || s.maxBackoff().compareTo(s.initialBackoff()) < 0) {
            problems.add(key + "max-backoff: " + s.maxBackoff() + " must not be below initial-backoff " + s.initialBackoff());
        }
        if (s.requestTimeout().isNegative() || s.requestTimeout().isZero()) {
            problems.add(key + "request-timeout: must be positive");
        }
        if (problems.size() > before) {
            return null;
        }
        SourceConfig config = new SourceConfig(name, connector, baseUrl, s.rateLimit(), s.maxAttempts(),
                s.initialBackoff(), s.maxBackoff(), s.requestTimeout(),
                s.userAgent().orElse(SourceConfig.DEFAULT_USER_AGENT), Map.copyOf(s.options()));
        return new HarvestSource(name, config, s.schedule().trim(), s.enabled());
    }
}
