package org.mcfed.connector.colfeed;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColFeedMapperTest {

    private static final Instant FETCHED = Instant.parse("2026-11-23T06:00:00Z");
    private final ColFeedMapper mapper = new ColFeedMapper();

    private static RawRecord raw(String localId, String payload) {
        return new RawRecord("peer-mcfed", "col-feed", localId, "https://peer.example/col/v1/records?limit=500", FETCHED,
                "application/json", "sha256:feed", Map.of("id", List.of(localId)), payload, List.of(), false,
                SourcePosition.start("run-1", null));
    }

    @Test
    void keepsTheRecordAndItsIdVerbatimAndSetsThisHarvestsProvenance() throws Exception {
        String json = Fixtures.text("record-pqr-000123.json");
        RawRecord raw = raw("pqr:000123", json);

        ColRecord mapped = mapper.map(raw);

        ColRecord published = ColJson.read(json);
        assertThat(mapped.toBuilder().provenance(published.provenance()).quality(published.quality()).build())
                .as("everything the feed published is kept as published").isEqualTo(published);
        assertThat(mapped.provenance()).isEqualTo(new Provenance("peer-mcfed", "pqr:000123",
                "https://peer.example/col/v1/records?limit=500", FETCHED, "sha256:feed"));
        assertThat(mapped.quality().missing()).as("scored on arrival").containsExactly("prerequisites", "gradeRequired");
        assertThat(mapped.id()).isEqualTo("pqr:000123");
        assertThat(mapper.idOf(raw)).isEqualTo("pqr:000123");
    }

    @Test
    void aDeletionKeepsTheFeedIdToo() {
        RawRecord deletion = new RawRecord("peer-mcfed", "col-feed", "nzqa:4116-2", "https://peer.example/oai", FETCHED,
                null, "sha256:x", Map.of(), null, List.of(), true, SourcePosition.start("run-1", null));

        assertThat(mapper.idOf(deletion)).isEqualTo("nzqa:4116-2");
    }

    @Test
    void aRecordThatIsNotTheOneListedIsRefused() {
        assertThatThrownBy(() -> mapper.map(raw("pqr:999999", Fixtures.text("record-pqr-000123.json"))))
                .isInstanceOf(MappingException.class)
                .satisfies(e -> assertThat(((MappingException) e).reasons()).containsExactly(
                        new MappingException.Reason("id", "the feed listed pqr:999999 but the record is pqr:000123")));
    }

    @Test
    void derivableValuesTheFeedLeftEmptyAreDerivedAndListed() throws Exception {
        String json = "{\"id\":\"pqr:7\",\"title\":{\"en\":\"Welding Basics\"},\"status\":\"active\","
                + "\"nqfLevel\":{\"framework\":\"MQF\",\"level\":\"3\"},\"credit\":{\"value\":2,\"system\":\"MQF\",\"hoursPerCredit\":null}}";

        ColRecord mapped = mapper.map(raw("pqr:7", json));

        assertThat(mapped.workloadHours()).isEqualTo(80.0);
        assertThat(mapped.iscedLevel()).isEqualTo("3");
        assertThat(mapped.aqrfLevel()).isEqualTo("3");
        assertThat(mapped.quality().derived()).containsExactly("workloadHours", "credit.hoursPerCredit", "iscedLevel", "aqrfLevel");
    }

    @Test
    void learningOutcomesInEveryLanguageTheFeedPublishesAreKept() throws Exception {
        String json = "{\"id\":\"pqr:8\",\"title\":{\"en\":\"Forest Monitoring\",\"ms\":\"Pemantauan Hutan\"},"
                + "\"status\":\"active\",\"learningOutcomes\":[\"Map forest cover\"],"
                + "\"learningOutcomesByLanguage\":{\"en\":[\"Map forest cover\"],\"ms\":[\"Memetakan litupan hutan\"],"
                + "\"zh-Hant\":[\"繪製森林覆蓋圖\"],\"zh-Hans\":[\"绘制森林覆盖图\"]}}";

        ColRecord mapped = mapper.map(raw("pqr:8", json));

        assertThat(mapped.learningOutcomesByLanguage()).containsExactly(
                Map.entry("en", List.of("Map forest cover")), Map.entry("ms", List.of("Memetakan litupan hutan")),
                Map.entry("zh-Hant", List.of("繪製森林覆蓋圖")), Map.entry("zh-Hans", List.of("绘制森林覆盖图")));
        assertThat(mapped.learningOutcomes()).containsExactly("Map forest cover");
    }

    @Test
    void aRecordWithoutTitleOrNotJsonIsRefusedWithTheReason() {
        assertThatThrownBy(() -> mapper.map(raw("pqr:1", "{\"id\":\"pqr:1\",\"title\":{}}")))
                .isInstanceOf(MappingException.class)
                .satisfies(e -> assertThat(((MappingException) e).reasons()).extracting(MappingException.Reason::element)
                        .contains("title"));
        assertThatThrownBy(() -> mapper.map(raw("pqr:1", "{not json")))
                .isInstanceOf(MappingException.class)
                .satisfies(e -> assertThat(((MappingException) e).reasons()).singleElement()
                        .satisfies(r -> {
                            assertThat(r.element()).isEqualTo("page");
                            assertThat(r.problem()).startsWith("feed item is not JSON: ");
                        }));
    }

    @Test
    void anInvalidOptionalValueIsLeftOutAndNamedAsDerived() throws Exception {
        String json = "{\"id\":\"pqr:8\",\"title\":{\"en\":\"Bad duration\"},\"workloadHours\":40,"
                + "\"durationWeeks\":\"six\",\"cost\":{\"amount\":\"free\",\"currency\":\"PHP\"}}";

        ColRecord mapped = mapper.map(raw("pqr:8", json));

        assertThat(mapped.title()).containsEntry("en", "Bad duration");
        assertThat(mapped.workloadHours()).isEqualTo(40.0);
        assertThat(mapped.durationWeeks()).isNull();
        assertThat(mapped.cost()).isNull();
        assertThat(mapped.quality().derived()).contains("durationWeeks", "cost");
    }

    @Test
    void aMandatoryValueThatCannotBeBoundRefusesTheRecord() {
        // A stated value is never published as "not stated"; absent keys are gaps, and a status outside the
        // vocabulary is bound as stated (the normaliser judges it after standardisation).
        String json = "{\"id\":\"pqr:9\",\"title\":{\"en\":\"Bad hours\"},\"workloadHours\":\"lots\","
                + "\"status\":\"paused\",\"durationWeeks\":\"six\"}";

        assertThatThrownBy(() -> mapper.map(raw("pqr:9", json)))
                .isInstanceOf(MappingException.class)
                .satisfies(e -> assertThat(((MappingException) e).reasons())
                        .extracting(MappingException.Reason::element)
                        .containsExactlyInAnyOrder("workloadHours", "durationWeeks"));
    }
}
