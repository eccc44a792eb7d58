package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.Test;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Skill;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OAI-PMH metadata other than COL JSON, read from a fixture page as the task reads it and mapped as the normalizer maps it. */
class OaiMetadataMappingTest {

    private final ColFeedMapper mapper = new ColFeedMapper();

    private static RawRecord raw(FeedEntry entry) {
        return entry.toRaw("peer", "https://peer.example/oai", Instant.parse("2026-11-23T06:00:00Z"), SourcePosition.start("run-1", null));
    }

    private static List<FeedEntry> entries() throws Exception {
        return new OaiPageParser().parse(URI.create("https://peer.example/oai"), Fixtures.bytes("oai-col-xml.xml")).entries();
    }

    @Test
    void colXmlElementsReadAsTheColRecordTheyWrite() throws Exception {
        ColRecord r = mapper.map(raw(entries().get(0)));

        assertThat(r.id()).isEqualTo("hkqr:22/000567/L4");
        assertThat(r.title()).containsExactly(Map.entry("zh-Hant", "物流管理證書"),
                Map.entry("en", "Certificate in Logistics & Supply\u2009Chain\n       Management"));
        assertThat(r.workloadHours()).isEqualTo(60.0);
        assertThat(r.awardingBody()).isEqualTo(new AwardingBody("香港物流學院", null, "https://provider.example.hk/"));
        assertThat(r.nqfLevel()).isEqualTo(new NqfLevel("HKQF", "4"));
        assertThat(r.learningOutcomes()).containsExactly("Plan a <warehouse> layout", "Explain cold-chain rules");
        assertThat(r.learningOutcomesByLanguage()).containsEntry("zh-Hant", List.of("規劃倉庫佈局", "解釋冷鏈規則"));
        assertThat(r.languages()).containsExactly("zho", "eng");
        assertThat(r.qualityAssurance().validFrom()).isEqualTo(LocalDate.parse("2024-09-01"));
        assertThat(r.durationWeeks()).as("'twelve' is no number: left out, as in COL JSON").isNull();
        assertThat(r.updatedAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
    }

    @Test
    void dublinCoreGivesADraftOfWhatItStatesAndNothingMore() throws Exception {
        ColRecord r = mapper.map(raw(entries().get(1)));

        assertThat(r.id()).isEqualTo("mqa:MQA/SWA 0123");
        assertThat(r.title()).containsExactly(Map.entry("ms", "Mikrokredensial Asas Keselamatan Siber"),
                Map.entry("und", "Cyber Security Basics"));
        assertThat(r.awardingBody().name()).as("publisher before creator").isEqualTo("Universiti Contoh Malaysia");
        assertThat(r.url()).isEqualTo("https://www2.mqa.gov.my/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA+0123");
        assertThat(r.languages()).containsExactly("msa");
        assertThat(r.skills()).containsExactly(new Skill("keselamatan siber", null, null));
        assertThat(r.issuerCountry()).isEqualTo("MY");
        assertThat(r.updatedAt()).as("dc:date is no date: the header's datestamp").isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(r.workloadHours()).isNull();
        assertThat(r.learningOutcomes()).isNullOrEmpty();
        assertThat(r.quality().missing()).contains("workloadHours", "learningOutcomes", "assessment");
    }

    @Test
    void xmlThatIsNeitherColNorDublinCoreIsRefusedWithTheReason() {
        RawRecord other = raw(FeedEntry.record("pqr:1", Instant.EPOCH, "<thing xmlns=\"urn:example\"/>", FeedEntry.XML));
        RawRecord broken = raw(FeedEntry.record("pqr:1", Instant.EPOCH, "<record xmlns=\"urn:mcfed:col-record:v1\"><id>pqr:1", FeedEntry.XML));

        assertThatThrownBy(() -> mapper.map(other)).isInstanceOf(MappingException.class)
                .hasMessageContaining("feed item is {urn:example}thing, neither a COL record nor oai_dc");
        assertThatThrownBy(() -> mapper.map(broken)).isInstanceOf(MappingException.class)
                .hasMessageContaining("feed item is not well-formed XML");
    }
}
