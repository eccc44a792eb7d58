package org.mcfed.harvester.state;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.connector.KnownLastModified;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.listing.HttpDate;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void everyEntryReadsBackExactlyAsItWasPutWhetherItsValuesAreHeldCompactlyOrNot() {
        SourceState state = new SourceState("nzqa");
        KnownEntry[] entries = {
                entry("compact", "\"e1\"", "Thu, 1 Oct 2026 10:12:00 GMT", "sha256:" + "0123456789abcdef".repeat(4)),
                entry("padded-day", null, "Fri, 02 Oct 2026 00:00:09 GMT", "sha256:" + "f".repeat(64)),
                entry("wrong-weekday", null, "Mon, 1 Oct 2026 10:12:00 GMT", "sha256:" + "A".repeat(64)),
                entry("other-forms", "W/\"x\"", "Wednesday, 01-Oct-26 10:12:00 GMT", "md5:abc"),
                entry("nothing", null, null, null),
                entry("sandbox-etag", "\"5f3a9c0e12ab44d1\"", null, null),
                entry("zero-etag", "\"0000\"", null, null),
                entry("upper-etag", "\"5F3A\"", null, null),
                new KnownEntry("nzqa", "nzqa", new KnownRecord("hkqr-url", null, null, null),
                        "http://localhost:8090/hkqr/HKQRPRD/web/hkqr-en/search/detail?regNo=25%2F000001%2FL1", "nzqa@run"),
                new KnownEntry("nzqa", "nzqa", new KnownRecord("query-no-value", null, null, null),
                        "http://registry.example/micro-credentials/list?all", "nzqa@run"),
                new KnownEntry("nzqa", "nzqa", new KnownRecord("short-url", null, null, null), "http://x.example/a", "nzqa@run"),
                new KnownEntry("nzqa", "nzqa", new KnownRecord("no-url", null, null, null), null, "nzqa@run")};
        for (KnownEntry e : entries) {
            state.put(e);
        }

        for (KnownEntry e : entries) {
            assertThat(state.known(e.localId())).isEqualTo(e);
            assertThat(state.knownEntries().get(e.localId())).isEqualTo(e);
            assertThat(state.knownRecords().get(e.localId())).isEqualTo(e.known());
            // the sitemap diff's read of the date, without the record, is the date of the record's text
            assertThat(((KnownLastModified) state.knownRecords()).lastModifiedInstant(e.localId()))
                    .as(e.localId()).isEqualTo(HttpDate.parse(e.known().lastModified()));
            assertThat(state.knownAndNotSeenIn(e.localId(), "nzqa@next")).isTrue();
            assertThat(state.knownAndNotSeenIn(e.localId(), "nzqa@run")).isFalse();
        }
        assertThat(((KnownLastModified) state.knownRecords()).lastModifiedInstant("compact")).isEqualTo(Instant.parse("2026-10-01T10:12:00Z"));
        // as before: the obsolete RFC 850 form is not read, and the page is fetched (conditionally)
        assertThat(((KnownLastModified) state.knownRecords()).lastModifiedInstant("other-forms")).isNull();
        assertThat(((KnownLastModified) state.knownRecords()).lastModifiedInstant("absent")).isNull();
        assertThat(state.knownAndNotSeenIn("absent", "nzqa@next")).isFalse();
        assertThat(state.knownRecords()).hasSize(entries.length).containsKeys("compact", "nothing").doesNotContainKey("absent");
        assertThat(state.knownEntries().values()).containsExactlyInAnyOrder(entries);
        assertThat(state.notSeenIn("nzqa@run")).isEmpty();
        assertThat(state.notSeenIn("nzqa@next")).containsExactlyInAnyOrder(entries);
        assertThat(state.notSeenIn("nzqa@next", id -> !id.equals("compact"))).extracting(KnownEntry::localId).containsExactly("compact");
        assertThat(state.notSeenIn("nzqa@run", id -> false)).isEmpty();
    }

    @Test
    void urlsReadBackExactlyWhenTheirStartsAreSharedAndWhenTheSourceHasTooManyStartsToShare() {
        SourceState state = new SourceState("nzqa");
        KnownEntry[] entries = new KnownEntry[600];
        for (int i = 0; i < entries.length; i++) {
            // two shapes shared by many records, then hundreds of starts that no other record has
            String url = i < 200 ? "http://registry.example/micro-credentials/" + i
                    : i < 300 ? "http://registry.example/detail?regNo=" + i + "&lang=en"
                    : "http://registry.example/records/" + i + "/detail";
            entries[i] = new KnownEntry("nzqa", "nzqa", new KnownRecord("r" + i, null, null, null), url, "nzqa@run");
            state.put(entries[i]);
        }

        for (KnownEntry e : entries) {
            assertThat(state.known(e.localId())).isEqualTo(e);
        }
    }

    @Test
    void theRecordsHandedToTheConnectorAreALiveReadOnlyView() {
        SourceState state = new SourceState("nzqa");
        state.put(entry("1", null, null, "sha256:" + "1".repeat(64)));
        Map<String, KnownRecord> handed = state.knownRecords();

        state.put(entry("2", null, null, "sha256:" + "2".repeat(64)));
        state.remove("1");

        assertThat(handed).containsOnlyKeys("2");
        assertThatThrownBy(() -> handed.put("3", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> handed.keySet().remove("2")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static KnownEntry entry(String id, String etag, String lastModified, String checksum) {
        return new KnownEntry("nzqa", "nzqa", new KnownRecord(id, etag, lastModified, checksum), "http://x/" + id, "nzqa@run");
    }
}
