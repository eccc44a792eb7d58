package org.mcfed.connector.colfeed;

import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourceConfigCheck;

import java.util.Locale;
import java.util.Set;

/**
 * The col-feed connector's own keys in {@code SourceConfig.options} ({@code mcfed.sources.<name>.options.<key>}),
 * checked when a run starts so that a typo names the source and the key instead of failing half-way.
 *
 * @param protocol       {@code json} (the COL JSON feed, default) or {@code oai} (OAI-PMH 2.0)
 * @param limit          records per JSON feed page, 1..1000 (default 500)
 * @param metadataPrefix OAI-PMH metadata format to ask for (default {@code col}; {@code oai_dc} for a repository
 *                       without COL); each record's form (COL JSON, COL XML, Dublin Core) is told apart by itself
 * @param set            OAI-PMH set to harvest, e.g. {@code country:NZ}; null for all
 */
record ColFeedOptions(String protocol, int limit, String metadataPrefix, String set) {

    static final String PROTOCOL = "protocol";
    static final String LIMIT = "limit";
    static final String METADATA_PREFIX = "metadataPrefix";
    static final String SET = "set";
    static final Set<String> PROTOCOLS = Set.of("json", "oai");

    static ColFeedOptions of(SourceConfig config) {
        String protocol = config.option(PROTOCOL, "json").strip().toLowerCase(Locale.ROOT);
        if (!PROTOCOLS.contains(protocol)) {
            fail(config, PROTOCOL, "must be json or oai, was '" + config.option(PROTOCOL, "") + "'");
        }
        String limitText = config.option(LIMIT, "500").strip();
        int limit;
        try {
            limit = Integer.parseInt(limitText);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > 1000) {
            fail(config, LIMIT, "must be a whole number from 1 to 1000, was '" + limitText + "'");
        }
        String metadataPrefix = config.option(METADATA_PREFIX, "col").strip();
        if (metadataPrefix.isEmpty()) {
            fail(config, METADATA_PREFIX, "must name an OAI-PMH metadata format such as col or oai_dc");
        }
        String set = config.option(SET, "").strip();
        return new ColFeedOptions(protocol, limit, metadataPrefix, set.isEmpty() ? null : set);
    }

    private static void fail(SourceConfig config, String key, String problem) {
        throw SourceConfigCheck.badOption(config, key, problem);
    }
}
