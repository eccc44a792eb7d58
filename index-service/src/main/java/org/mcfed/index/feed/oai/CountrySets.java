package org.mcfed.index.feed.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mcfed.index.store.RecordIndex;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The OAI-PMH sets: one per issuer country, {@code country:NZ} (docs/sources/col-feed.md).
 * The list is taken from the live records and kept for a minute, since ListSets is rare and
 * walking every record for each call would be waste.
 */
@ApplicationScoped
public class CountrySets {

    static final String PREFIX = "country:";
    private static final Pattern SPEC = Pattern.compile("country:[A-Z]{2}");
    private static final Duration KEEP = Duration.ofMinutes(1);

    @Inject
    RecordIndex index;

    private Map<String, Long> cached;
    private Instant cachedAt;

    /** The country of a set spec, or empty when the spec names no set of this repository. */
    public static Optional<String> countryOf(String setSpec) {
        return setSpec != null && SPEC.matcher(setSpec).matches() ? Optional.of(setSpec.substring(PREFIX.length())) : Optional.empty();
    }

    public static Optional<String> specOf(String country) {
        return country != null && country.matches("[A-Z]{2}") ? Optional.of(PREFIX + country) : Optional.empty();
    }

    /** Countries of live records with their record counts, sorted by code. */
    public synchronized Map<String, Long> countries() {
        Instant now = Instant.now();
        if (cached == null || cachedAt.plus(KEEP).isBefore(now)) {
            Map<String, Long> counts = new TreeMap<>();
            index.forEach(r -> {
                if (specOf(r.issuerCountry()).isPresent()) {
                    counts.merge(r.issuerCountry(), 1L, Long::sum);
                }
            });
            cached = counts;
            cachedAt = now;
        }
        return cached;
    }
}
