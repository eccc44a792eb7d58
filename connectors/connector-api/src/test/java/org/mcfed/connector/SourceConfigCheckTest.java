package org.mcfed.connector;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceConfigCheckTest {

    private final SourceConfig good = SourceConfig.of("nzqa", "nzqa", URI.create("http://localhost:8090/nzqa"));

    @Test
    void acceptsTheDefaults() {
        assertThat(SourceConfigCheck.validate(good)).isSameAs(good);
    }

    @Test
    void namesTheSourceAndTheKeyOfABadSetting() {
        assertThatThrownBy(() -> SourceConfigCheck.validate(SourceConfig.of("nzqa", "nzqa", URI.create("ftp://x/"))))
                .hasMessage("source 'nzqa': mcfed.sources.nzqa.base-url must be an http(s) URL with a host, was 'ftp://x/'");
        assertThatThrownBy(() -> SourceConfigCheck.validate(SourceConfig.of("mqa", "mqa", null)))
                .hasMessage("source 'mqa': mcfed.sources.mqa.base-url is required");
        assertThatThrownBy(() -> SourceConfigCheck.validate(good.withRetry(0, Duration.ofMillis(1), Duration.ofMillis(2))))
                .hasMessage("source 'nzqa': mcfed.sources.nzqa.max-attempts must be at least 1, was 0");
        assertThatThrownBy(() -> SourceConfigCheck.validate(good.withRetry(3, Duration.ofSeconds(2), Duration.ofSeconds(1))))
                .hasMessage("source 'nzqa': mcfed.sources.nzqa.max-backoff must not be below initial-backoff (PT2S), was PT1S");
        assertThatThrownBy(() -> SourceConfigCheck.validate(good.withRate(-1)))
                .hasMessage("source 'nzqa': mcfed.sources.nzqa.requests-per-second must be 0 (unlimited) or more, was -1.0");
        assertThatThrownBy(() -> SourceConfigCheck.validate(good.withOptions(Map.of("max-body-bytes", "lots"))))
                .hasMessage("source 'nzqa': mcfed.sources.nzqa.max-body-bytes must be a positive whole number, was 'lots'");
        assertThatThrownBy(() -> SourceConfigCheck.validate(good.withOptions(Map.of("shape-check-pages", "0"))))
                .hasMessage("source 'nzqa': mcfed.sources.nzqa.shape-check-pages must be a positive whole number, was '0'");
        assertThatThrownBy(() -> SourceConfigCheck.validate(good.withOptions(Map.of("shape-change-share", "1"))))
                .hasMessage("source 'nzqa': mcfed.sources.nzqa.shape-change-share must be a share from 0 up to (not including) 1, was '1'");
    }
}
