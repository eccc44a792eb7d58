package org.mcfed.harvester.config;

import org.mcfed.connector.SourceConfig;

/**
 * One configured, validated source ({@code mcfed.sources.<name>.*}): what the connector gets
 * ({@link SourceConfig}, rate limit and retries included) plus when to harvest it.
 *
 * @param schedule a cron expression, an interval ({@code 6h}, {@code PT30M}) or {@code manual}
 */
public record HarvestSource(String name, SourceConfig config, String schedule, boolean enabled) {

    public String connector() {
        return config.connector();
    }
}
