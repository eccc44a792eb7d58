package org.mcfed.connector.colfeed;

import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.testkit.ConnectorContract;

import java.util.Map;

/**
 * The connector contract (connector-api's testkit) against the sandbox's COL-feed registry over its
 * JSON feed, in pages of 50 (so that the looping-cursor fault, after page 3, comes before the end); the OAI-PMH protocol and the feed's own checks are {@code ColFeedSandboxIT}'s.
 */
class ColFeedContractIT extends ConnectorContract {

    ColFeedContractIT() {
        super("col-feed");
    }

    @Override
    protected SourceConfig configure(SourceConfig base) {
        return base.withOptions(Map.of("protocol", "json", "limit", "50"));
    }

    @Override
    protected boolean validatorsPerRecord() {
        return false; // read from the previous run's watermark, not by conditional GETs
    }
}
