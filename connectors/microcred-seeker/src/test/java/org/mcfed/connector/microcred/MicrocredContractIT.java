package org.mcfed.connector.microcred;

import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.testkit.ConnectorContract;
import org.mcfed.sandbox.truth.TruthRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** The connector contract (connector-api's testkit) against the sandbox's Microcred Seeker, plus its own mapping checks. */
class MicrocredContractIT extends ConnectorContract {

    MicrocredContractIT() {
        super("microcred-seeker");
    }

    @Override
    protected void checkMapped(RawRecord raw, ColRecord record, TruthRecord truth) {
        assertThat(record.title()).as(raw.localId()).containsKey("en");
        assertThat(record.workloadHours()).as("hours of %s", raw.localId()).isNotNull();
        assertThat(record.awardingBody()).as(raw.localId()).isNotNull();
    }
}
