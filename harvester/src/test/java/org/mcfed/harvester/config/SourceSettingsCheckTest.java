package org.mcfed.harvester.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceSettingsCheckTest {

    private static final List<String> CONNECTORS = List.of("hkqr", "nzqa");

    @Test
    void aGoodSourceBecomesAHarvestSourceWithItsPoliteness() {
        List<HarvestSource> sources = SourceSettingsCheck.check(
                Map.of("nzqa", settings("nzqa", "https://www.nzqa.govt.nz", "6h", 2.5)), CONNECTORS);
        HarvestSource s = sources.get(0);
        assertThat(s.name()).isEqualTo("nzqa");
        assertThat(s.config().baseUrl().toString()).isEqualTo("https://www.nzqa.govt.nz");
        assertThat(s.config().requestsPerSecond()).isEqualTo(2.5);
        assertThat(s.config().maxAttempts()).isEqualTo(5);
    }

    @Test
    void everyProblemIsReportedWithTheSourceAndTheKey() {
        Map<String, HarvesterConfig.SourceSettings> sources = new LinkedHashMap<>();
        sources.put("nz", settings("nzqx", "ftp://x", "every day", 0));
        sources.put("hk", settings(null, null, "6h", 1));
        assertThatThrownBy(() -> SourceSettingsCheck.check(sources, CONNECTORS))
                .hasMessageContaining("mcfed.sources.nz.connector: 'nzqx' is not an available connector; one of [hkqr, nzqa]")
                .hasMessageContaining("mcfed.sources.nz.base-url: 'ftp://x' is not an absolute http(s) URL")
                .hasMessageContaining("mcfed.sources.nz.schedule:")
                .hasMessageContaining("mcfed.sources.nz.rate-limit:")
                .hasMessageContaining("mcfed.sources.hk.connector: missing")
                .hasMessageContaining("mcfed.sources.hk.base-url: missing");
    }

    static HarvesterConfig.SourceSettings settings(String connector, String baseUrl, String schedule, double rate) {
        return new HarvesterConfig.SourceSettings() {
            public Optional<String> connector() { return Optional.ofNullable(connector); }
            public Optional<String> baseUrl() { return Optional.ofNullable(baseUrl); }
            public String schedule() { return schedule; }
            public boolean enabled() { return true; }
            public double rateLimit() { return rate; }
            public int maxAttempts() { return 5; }
            public Duration initialBackoff() { return Duration.ofMillis(200); }
            public Duration maxBackoff() { return Duration.ofSeconds(10); }
            public Duration requestTimeout() { return Duration.ofSeconds(30); }
            public Optional<String> userAgent() { return Optional.empty(); }
            public Map<String, String> options() { return Map.of(); }
        };
    }
}
