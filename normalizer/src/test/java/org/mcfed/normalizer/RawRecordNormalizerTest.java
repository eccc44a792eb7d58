package org.mcfed.normalizer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.connector.Checksums;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decisions of {@link RawRecordNormalizer} on COL-feed raw records (the col-feed connector's
 * real mapper: the payload is the feed's record, its id kept verbatim), without Kafka.
 */
class RawRecordNormalizerTest {

    private static final Instant FETCHED = Instant.parse("2026-11-23T06:00:00Z");
    private final RawRecordNormalizer normalizer = new RawRecordNormalizer();

    private static RawRecord feedItem(String localId, ColRecord record, boolean deleted) {
        String payload = record == null ? null : ColJson.write(record);
        return new RawRecord("peer", "col-feed", localId, "http://peer.example/col/v1/records", FETCHED,
                "application/json", payload == null ? null : Checksums.of(Map.of(), payload), Map.of(), payload,
                List.of(), deleted, SourcePosition.start("run-1", null));
    }

    private static ColRecord.Builder feedRecord(String id) {
        return ColRecord.builder().id(id).title(Map.of("en", "Introduction to Data Literacy"))
                .awardingBody(AwardingBody.named("Peer Polytechnic")).status("active")
                .updatedAt(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void crosswalksStandardiseAndDeriveWithoutInventing() {
        ColRecord stated = feedRecord("pqr:000123").languages(List.of("English", "Te reo Māori", "Klingon"))
                .issuerCountry("New Zealand").nqfLevel(new NqfLevel("NZQF", "5")).credit(new Credit(15.0, "NZQF", null))
                .build();
        Outcome outcome = normalizer.normalize(feedItem("pqr:000123", stated, false));
        assertThat(outcome).isInstanceOf(Outcome.Published.class);
        ColRecord r = ((Outcome.Published) outcome).record();
        assertThat(r.languages()).containsExactly("eng", "mri");
        assertThat(r.issuerCountry()).isEqualTo("NZ");
        assertThat(r.nqfLevel()).isEqualTo(new NqfLevel("NZQCF", "5"));
        assertThat(r.iscedLevel()).isEqualTo("5");
        assertThat(r.aqrfLevel()).isNull();
        assertThat(r.workloadHours()).isEqualTo(150.0);
        assertThat(r.quality().derived()).contains("workloadHours", "iscedLevel");
        assertThat(r.quality().missing()).contains("description", "learningOutcomes").doesNotContain("title", "iscedLevel");
        assertThat(r.description()).isNull();
        // the aggregator's own timestamps and provenance come from the raw record, not the clock or the feed
        assertThat(r.updatedAt()).isEqualTo(FETCHED);
        assertThat(r.provenance().harvestedAt()).isEqualTo(FETCHED);
        assertThat(r.provenance().source()).isEqualTo("peer");
    }

    @Test
    void outcomesInSeveralLanguagesOfAFeedItemReachTheRecordsJsonIntact() throws Exception {
        Map<String, List<String>> outcomes = new java.util.LinkedHashMap<>();
        outcomes.put("en", List.of("Map forest cover", "Report on canopy loss"));
        outcomes.put("ms", List.of("Memetakan litupan hutan"));
        outcomes.put("zh-Hant", List.of("繪製森林覆蓋圖"));
        ColRecord stated = feedRecord("pqr:000124").learningOutcomes(outcomes.get("en")).learningOutcomesByLanguage(outcomes).build();

        Outcome outcome = normalizer.normalize(feedItem("pqr:000124", stated, false));

        JsonNode json = ColJson.mapper().readTree(ColJson.writeBytes(((Outcome.Published) outcome).record()));
        assertThat(json.get("learningOutcomesByLanguage")).isEqualTo(ColJson.mapper().valueToTree(outcomes));
        assertThat(json.get("learningOutcomes")).isEqualTo(ColJson.mapper().valueToTree(outcomes.get("en")));
    }

    @Test
    void anHkqrRecordKeepsItsThreeLanguagesAndTheDerivedLanguagesThroughStandardisation() throws Exception {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        fields.put("regNo", List.of("22/000567/L4"));
        fields.put("status", List.of("Current"));
        fields.put("title.en", List.of("Professional Certificate in Cyber Security"));
        fields.put("title.zh-Hant", List.of("網絡安全專業證書"));
        fields.put("title.zh-Hans", List.of("网络安全专业证书"));
        fields.put("learningOutcomes.en", List.of("Identify common threats to enterprise networks"));
        fields.put("learningOutcomes.zh-Hant", List.of("識別企業網絡的常見威脅"));
        fields.put("learningOutcomes.zh-Hans", List.of("识别企业网络的常见威胁"));
        RawRecord raw = new RawRecord("hkqr", "hkqr", "22/000567/L4",
                "https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail?regNo=22%2F000567%2FL4", FETCHED, "text/html",
                Checksums.of(fields, null), fields, null, List.of(), false, SourcePosition.start("run-1", null));

        Outcome outcome = normalizer.normalize(raw.key(), RawRecordJson.write(raw));

        JsonNode json = ColJson.mapper().readTree(ColJson.writeBytes(((Outcome.Published) outcome).record()));
        assertThat(json.get("title").properties()).extracting(Map.Entry::getKey).containsExactly("en", "zh-Hant", "zh-Hans");
        assertThat(json.get("learningOutcomesByLanguage").get("zh-Hans").get(0).asText()).isEqualTo("识别企业网络的常见威胁");
        assertThat(json.get("learningOutcomesByLanguage").properties()).hasSize(3);
        assertThat(json.get("languages")).isEqualTo(ColJson.mapper().valueToTree(List.of("eng", "zho")));
        assertThat(json.get("quality").get("derived").toString()).as("the mapper's derived field survives re-enrichment")
                .contains("\"languages\"");
    }

    @Test
    void theSameRawRecordAlwaysGivesTheSameBytes() {
        RawRecord raw = feedItem("pqr:000123", feedRecord("pqr:000123").sameAs(List.of("nzqa:4116-2", "pqr:000123")).build(), false);
        byte[] first = ColJson.writeBytes(((Outcome.Published) normalizer.normalize(raw)).record());
        byte[] again = ColJson.writeBytes(((Outcome.Published) new RawRecordNormalizer().normalize(
                raw)).record());
        byte[] fromKafkaBytes = ColJson.writeBytes(((Outcome.Published) normalizer.normalize(raw.key(),
                RawRecordJson.write(raw))).record());
        assertThat(again).isEqualTo(first);
        assertThat(fromKafkaBytes).isEqualTo(first);
        JsonNode[] validated = new JsonNode[1];
        normalizer.normalize(raw.key(), RawRecordJson.write(raw), validated);
        assertThat(ColJson.writeBytes(validated[0])).as("the loop writes the validated tree: the same bytes").isEqualTo(first);
        assertThat(ColJson.read(first).sameAs()).as("stated links kept, sorted, never itself").containsExactly("nzqa:4116-2");
    }

    @Test
    void aDeletionIsATombstoneUnderTheMappersId() {
        Outcome outcome = normalizer.normalize(feedItem("pqr:000123", null, true));
        assertThat(outcome).isEqualTo(new Outcome.Tombstone("pqr:000123"));
    }

    @Test
    void anUntitledRecordIsRejectedWithTheReasonAndTheRawRecord() {
        RawRecord raw = feedItem("pqr:9", feedRecord("pqr:9").title(Map.of("en", " ")).build(), false);
        Outcome outcome = normalizer.normalize(raw);
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        Outcome.Rejected rejected = (Outcome.Rejected) outcome;
        assertThat(rejected.rejectClass()).isEqualTo(RejectClass.UNTITLED);
        assertThat(rejected.key()).isEqualTo("peer:pqr:9");
        assertThat(rejected.reject().reasons()).anySatisfy(r -> assertThat(r.element()).startsWith("title"));
        assertThat(rejected.reject().raw()).isEqualTo(RawRecordJson.tree(raw));
        assertThat(rejected.reject().rejectedAt()).isEqualTo(FETCHED);
    }

    @Test
    void parseProblemsAreTheReasons() {
        RawRecord raw = new RawRecord("nzqa", "nzqa", "3750-4", "http://nzqa.example/micro-credentials/3750-4", FETCHED,
                "text/html", "sha256:00", Map.of(), null, List.of("unreadable detail page: no details list"), false,
                SourcePosition.start("run-1", null));
        Outcome.Rejected rejected = (Outcome.Rejected) normalizer.normalize(raw);
        assertThat(rejected.rejectClass()).isEqualTo(RejectClass.UNREADABLE_PAGE);
        assertThat(rejected.reject().reasons()).singleElement().satisfies(r -> {
            assertThat(r.element()).isEqualTo("page");
            assertThat(r.problem()).isEqualTo("unreadable detail page: no details list");
        });
    }

    @Test
    void unknownConnectorsAndUnreadableValuesAreRejectedNotDropped() {
        RawRecord raw = new RawRecord("xyz", "no-such-connector", "1", null, FETCHED, null, null, Map.of(), null,
                List.of(), false, null);
        Outcome.Rejected unknown = (Outcome.Rejected) normalizer.normalize(raw);
        assertThat(unknown.rejectClass()).isEqualTo(RejectClass.UNKNOWN_CONNECTOR);
        assertThat(unknown.reject().reasons().get(0).problem()).contains("no-such-connector", "col-feed", "nzqa");

        Outcome.Rejected malformed = (Outcome.Rejected) normalizer.normalize("k", "{\"source\":\"nzqa\"}".getBytes());
        assertThat(malformed.rejectClass()).isEqualTo(RejectClass.MALFORMED_RAW);
        assertThat(malformed.key()).isEqualTo("k");
        assertThat(malformed.reject().raw().get("source").asText()).isEqualTo("nzqa");
    }
}
