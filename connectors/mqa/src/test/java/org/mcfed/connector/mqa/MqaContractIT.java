package org.mcfed.connector.mqa;

import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.testkit.ConnectorContract;
import org.mcfed.sandbox.truth.TruthRecord;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The connector contract (connector-api's testkit) against the sandbox's MQR, plus the MQA's own mapping checks. */
class MqaContractIT extends ConnectorContract {

    MqaContractIT() {
        super("mqa");
    }

    @Override
    protected void checkMapped(RawRecord raw, ColRecord record, TruthRecord truth) {
        assertThat(record.id()).isEqualTo("mqa:" + raw.localId());
        assertThat(record.title().keySet()).as("%s: the languages the registry publishes it in (Malay-only ones too)", raw.localId())
                .contains("ms").isEqualTo(Set.copyOf(truth.languages()));
        assertThat(record.learningOutcomesByLanguage()).as(raw.localId()).containsOnlyKeys(record.title().keySet());
        assertStatedValueMaps(raw, MqaField.REMARKS, record.stackability());
        assertStatedValueMaps(raw, MqaField.ASSESSMENT, record.assessment() == null ? null : record.assessment().types());
        assertStatedValueMaps(raw, MqaField.DELIVERY_MODE, record.modeOfLearning());
        assertStatedValueMaps(raw, MqaField.LANGUAGE, record.languages());
    }

    @Override
    protected void checkMappedUnderFaults(RawRecord raw, ColRecord record, TruthRecord truth) {
        assertNoMojibakeOnWrongCharset(record, truth);
    }
}
