package org.mcfed.index.bench;

import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.col.record.Stackability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The facts every synthetic benchmark record draws the same way, whatever its text: modes, status, cost, quality assurance, stackability, url, time. */
public final class CatalogFacts {

    private static final String[] MODES = {"online", "onsite", "blended", "experiential"};
    private static final String[] STACKABILITY = {"stand-alone", "independent", "integrated", "stackable"};

    private CatalogFacts() {
    }

    /** One mode of learning, and a second one in a quarter of the records. */
    public static List<String> modes(SplittableRandom r) {
        List<String> modes = new ArrayList<>();
        modes.add(MODES[r.nextInt(MODES.length)]);
        if (r.nextInt(4) == 0) {
            String second = MODES[r.nextInt(MODES.length)];
            if (!modes.contains(second)) {
                modes.add(second);
            }
        }
        return modes;
    }

    /** Status, cost, quality assurance and stackability (drawn in this order), url and update time of record {@code i}. */
    public static ColRecord.Builder registryFacts(ColRecord.Builder b, SplittableRandom r, String country, String currency, int i) {
        return b.status(r.nextInt(20) == 0 ? "archived" : "active")
                .cost(r.nextInt(10) == 0 ? new Cost(0.0, currency) : new Cost((double) (50 * r.nextInt(200)), currency))
                .qualityAssurance(new QualityAssurance(country + " QA body", "accreditation", LocalDate.of(2020 + r.nextInt(5), 1, 1), null))
                .stackability(new Stackability(STACKABILITY[r.nextInt(STACKABILITY.length)], List.of()))
                .url("https://registry.example/" + country.toLowerCase(Locale.ROOT) + "/" + i)
                .updatedAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i * 17L));
    }
}
