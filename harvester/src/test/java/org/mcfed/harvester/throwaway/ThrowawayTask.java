package org.mcfed.harvester.throwaway;

import org.mcfed.connector.Checksums;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.http.RegistryHttpClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the throwaway registry a page at a time through the connector core's HTTP client: page
 * {@code n} at {@code <base>/page/<n>} is one {@code id|title} line per record, an empty page ends the listing.
 */
class ThrowawayTask implements SourceTask {

    private SourceConfig config;
    private RegistryHttpClient http;
    private SourcePosition position;

    @Override
    public void start(SourceConfig config, SourcePosition resume, Map<String, KnownRecord> known) {
        this.config = config;
        this.http = new RegistryHttpClient(config);
        this.position = resume;
    }

    @Override
    public PollResult poll() {
        int page = position.cursor() == null ? 1 : Integer.parseInt(position.cursor());
        URI url = URI.create(config.baseUrl() + "/page/" + page);
        SourcePosition next = position.at(String.valueOf(page + 1));
        FetchOutcome outcome = http.get(url);
        if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
            return PollResult.finished(List.of(), List.of(), List.of(new FetchFailure(null, url.toString(), outcome.toString(), false)),
                    position, false);
        }
        List<RawRecord> records = new ArrayList<>();
        for (String line : new String(fetched.body(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList()) {
            String[] idAndTitle = line.split("\\|", 2);
            Map<String, List<String>> fields = Map.of("title", List.of(idAndTitle[1]));
            records.add(new RawRecord(config.name(), ThrowawayConnector.NAME, idAndTitle[0], url.toString(), Instant.now(),
                    "text/plain", Checksums.of(fields, null), fields, null, List.of(), false, next));
        }
        position = next;
        return records.isEmpty()
                ? PollResult.finished(List.of(), List.of(), List.of(), next, true)
                : PollResult.more(records, List.of(), List.of(), next);
    }

    @Override
    public void stop() {
    }
}
