package org.mcfed.index.testkit;

import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.ComplianceFlag;
import org.mcfed.col.record.Quality;
import org.mcfed.index.SampleRecords;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sample records with {@code quality.compliance} set by hand in the shape of interface 1 (the
 * evaluator is built elsewhere): nzqa 3 records, mqa 2 (with {@code mqa-required}), hkqr one
 * record from before the flags (no {@code compliance}). Expected figures are in the tests.
 */
public final class ComplianceRecords {

    private ComplianceRecords() {
    }

    public static List<ColRecord> all() {
        return List.of(
                with(SampleRecords.nzqaFarming(), "col-mandatory", met(), "eu-annex-i", unmet("qualityAssurance")),
                with(SampleRecords.nzqaTeReo(), "col-mandatory", met(), "eu-annex-i", met()),
                with(SampleRecords.nzqaPython(), "col-mandatory", unmet("learningOutcomes"),
                        "eu-annex-i", unmet("assessment", "learningOutcomes", "qualityAssurance")),
                with(SampleRecords.mqaDigitalBusiness(), "col-mandatory", met(), "eu-annex-i", met(), "mqa-required", unmet("prerequisites")),
                with(SampleRecords.mqaElectrical(), "col-mandatory", met(), "eu-annex-i", unmet("assessment"), "mqa-required", met()),
                SampleRecords.hkqrDataAnalytics());
    }

    public static ComplianceFlag met() {
        return new ComplianceFlag(true, List.of());
    }

    public static ComplianceFlag unmet(String... missing) {
        return new ComplianceFlag(false, List.of(missing));
    }

    /** The record with these flags (id, flag, id, flag...) in its quality, keeping the rest of its quality. */
    public static ColRecord with(ColRecord r, Object... flagsById) {
        Map<String, ComplianceFlag> flags = new TreeMap<>();
        for (int i = 0; i < flagsById.length; i += 2) {
            flags.put((String) flagsById[i], (ComplianceFlag) flagsById[i + 1]);
        }
        Quality q = r.quality() == null ? new Quality(null, List.of(), List.of()) : r.quality();
        return r.toBuilder().quality(new Quality(q.completeness(), q.missing(), q.derived(), flags)).build();
    }
}
