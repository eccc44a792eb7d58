package org.mcfed.index.validate;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Validator limits for unit tests, without a running application. */
record TestLimits(int maxBodyBytes, int maxRecords, int maxPages, long maxBytesPerUrl, Duration timeout)
        implements ValidateConfig {

    static TestLimits generous() {
        return new TestLimits(1 << 20, 100, 5, 1 << 20, Duration.ofSeconds(30));
    }

    TestLimits withMaxRecords(int n) {
        return new TestLimits(maxBodyBytes, n, maxPages, maxBytesPerUrl, timeout);
    }

    @Override
    public int maxRedirects() {
        return 2;
    }

    @Override
    public int rateBurst() {
        return 10;
    }

    @Override
    public Duration rateRefill() {
        return Duration.ofSeconds(1);
    }

    @Override
    public int rateClients() {
        return 100;
    }

    @Override
    public Optional<Set<String>> allowedHosts() {
        return Optional.empty();
    }

    @Override
    public Optional<Set<Integer>> allowedPorts() {
        return Optional.empty();
    }
}
