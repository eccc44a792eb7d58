package org.mcfed.index.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * How this aggregator serves its records to other aggregators (docs/sources/col-feed.md):
 * the COL JSON feed and the OAI-PMH provider.
 */
@ConfigMapping(prefix = "mcfed.feed")
public interface FeedConfig {

    /** Page size of {@code /col/v1/records} when the client sends no {@code limit}. */
    @WithDefault("100")
    int defaultLimit();

    /** OAI-PMH provider settings. */
    Oai oai();

    interface Oai {
        /** {@code repositoryName} of Identify. */
        @WithDefault("mcfed micro-credential aggregator")
        String repositoryName();

        /** {@code adminEmail} of Identify (mandatory in OAI-PMH): who answers for this repository. */
        @WithDefault("operators@mcfed.invalid")
        String adminEmail();

        /** Records or headers per ListRecords / ListIdentifiers response before a resumptionToken. */
        @WithDefault("100")
        int pageSize();

        /** Public base URL of {@code /oai} when behind a proxy; by default taken from the request. */
        Optional<String> baseUrl();
    }
}
