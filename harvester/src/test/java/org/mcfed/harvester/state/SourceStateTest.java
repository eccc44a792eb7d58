package org.mcfed.harvester.state;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.connector.KnownRecord;

import static org.assertj.core.api.Assertions.assertThat;

class SourceStateTest {

    @Test
    void entriesReadBackFromTheTopicShareTheirSourceConnectorAndRunNames() {
        SourceState state = new SourceState("hkqr");
        for (String id : new String[]{"QR-1", "QR-2", "QR-3"}) {
            KnownEntry written = new KnownEntry("hkqr", "hkqr", new KnownRecord(id, "\"e-" + id + "\"", null, "sha256:" + id),
                    "http://x/" + id, "hkqr@2026-12-03T23:11:47.361Z");
            StateTopic.apply(state, StateTopic.recordKey("hkqr", id), ColJson.writeBytes(written), "record:hkqr:", StateTopic.runKey("hkqr"));
        }

        KnownEntry a = state.known("QR-1");
        KnownEntry c = state.known("QR-3");
        assertThat(a.source()).isSameAs(state.source()).isSameAs(c.source());
        assertThat(a.connector()).isEqualTo("hkqr").isSameAs(c.connector());
        assertThat(a.lastSeenRun()).isEqualTo("hkqr@2026-12-03T23:11:47.361Z").isSameAs(c.lastSeenRun());
        assertThat(c.known()).isEqualTo(new KnownRecord("QR-3", "\"e-QR-3\"", null, "sha256:QR-3"));
        assertThat(c.url()).isEqualTo("http://x/QR-3");
    }
}
