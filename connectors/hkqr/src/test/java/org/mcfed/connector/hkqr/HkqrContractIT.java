package org.mcfed.connector.hkqr;

import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.testkit.ConnectorContract;
import org.mcfed.sandbox.truth.TruthRecord;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector contract (connector-api's testkit) against the sandbox's HKQR (4,376 qualifications,
 * English and Chinese pages), plus HKQR's own checks: every language a record is published in kept,
 * the level its registration number ends with, hours from QF credits.
 */
class HkqrContractIT extends ConnectorContract {

    HkqrContractIT() {
        super("hkqr");
    }

    @Override
    protected void checkMapped(RawRecord raw, ColRecord record, TruthRecord truth) {
        assertKeepsEveryLanguage(record);
        assertThat(record.title().keySet()).as("%s: the languages the registry publishes it in (Chinese-only ones too)", raw.localId())
                .isEqualTo(Set.copyOf(truth.languages()));
        assertThat(record.nqfLevel().level()).as("the level the registration number ends with")
                .isEqualTo(raw.localId().substring(raw.localId().lastIndexOf("/L") + 2));
        assertThat(record.workloadHours()).as(raw.localId()).isEqualTo(record.credit().value() * 10);
    }

    @Override
    protected void checkMappedUnderFaults(RawRecord raw, ColRecord record, TruthRecord truth) {
        if ("wrong-charset".equals(truth.malformed())) {
            assertThat(record.title().get("zh-Hant")).as("Chinese title of %s, a page declared windows-1252", raw.localId())
                    .matches("[\\p{IsHan}（）]+");
        }
    }

    /**
     * Every language a record is published in is kept (interface 2): Traditional Chinese always, English
     * unless the qualification is Chinese-only, Simplified where the registry serves an {@code hkqr-sc} page.
     */
    private static void assertKeepsEveryLanguage(ColRecord record) {
        assertThat(record.title()).as(record.id()).containsKey("zh-Hant");
        assertThat(record.learningOutcomesByLanguage()).as(record.id()).containsOnlyKeys(record.title().keySet());
        String first = record.title().keySet().iterator().next();
        assertThat(record.learningOutcomes()).as(record.id()).isEqualTo(record.learningOutcomesByLanguage().get(first));
        assertThat(record.languages()).as(record.id())
                .isEqualTo(record.title().containsKey("en") ? List.of("eng", "zho") : List.of("zho"));
        assertThat(record.quality().derived()).as(record.id()).contains("languages");
    }
}
