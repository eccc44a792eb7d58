package org.mcfed.connector.nzqa;

import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.testkit.ConnectorContract;
import org.mcfed.sandbox.truth.TruthRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** The connector contract (connector-api's testkit) against the sandbox's NZQA register, plus NZQA's own mapping checks. */
class NzqaContractIT extends ConnectorContract {

    NzqaContractIT() {
        super("nzqa");
    }

    @Override
    protected void checkMapped(RawRecord raw, ColRecord record, TruthRecord truth) {
        assertThat(record.id()).isEqualTo("nzqa:" + raw.localId());
        assertStatedValueMaps(raw, NzqaField.PATHWAYS, record.stackability());
        assertStatedValueMaps(raw, NzqaField.ASSESSMENT, record.assessment() == null ? null : record.assessment().types());
        assertStatedValueMaps(raw, NzqaField.DELIVERY_MODE, record.modeOfLearning());
        assertStatedValueMaps(raw, NzqaField.LANGUAGE, record.languages());
    }

    @Override
    protected void checkMappedUnderFaults(RawRecord raw, ColRecord record, TruthRecord truth) {
        assertNoMojibakeOnWrongCharset(record, truth);
    }
}
