package org.mcfed.normalizer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Reject;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.connector.Checksums;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standardised record that breaks the COL schema is never published ({@link InvalidRecordPolicy}):
 * one case per failure class, on raw records as the col-feed connector (COL JSON, bound leniently)
 * and the MQA connector (a detail page's fields) emit them.
 */
class NothingInvalidPublishedTest {

    private static final Instant FETCHED = Instant.parse("2026-11-23T06:00:00Z");
    private final RawRecordNormalizer normalizer = new RawRecordNormalizer();

    @Test
    void aNullStatusIsRejectedAsInvalidWithItsReason() {
        Outcome.Rejected r = rejected(feedItem(json -> json.putNull("status")));
        assertThat(r.rejectClass()).isEqualTo(RejectClass.INVALID_RECORD);
        assertThat(r.reject().reasons()).containsExactly(new Reject.Reason("status", "must not be null"));
    }

    @Test
    void aStatusOutsideTheVocabularyIsRejectedNotGuessed() {
        Outcome.Rejected r = rejected(feedItem(json -> json.put("status", "withdrawn")));
        assertThat(r.rejectClass()).isEqualTo(RejectClass.INVALID_RECORD);
        assertThat(r.reject().reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.element()).isEqualTo("status");
            assertThat(reason.problem()).contains("not one of [active, archived]", "withdrawn");
        });
    }

    @Test
    void mandatoryElementsOutsideTheirVocabulariesAreRejectedWithEveryReason() {
        Outcome.Rejected r = rejected(feedItem(json -> {
            json.putArray("modeOfLearning").add("distance").add("online");
            json.put("supervision", "proctored");
            json.put("workloadHours", 0);
            json.putArray("learningOutcomes").add("Read a balance sheet").add("   ");
        }));
        assertThat(r.rejectClass()).isEqualTo(RejectClass.INVALID_RECORD);
        assertThat(r.reject().reasons()).extracting(Reject.Reason::element)
                .containsExactlyInAnyOrder("workloadHours", "learningOutcomes[1]", "modeOfLearning[0]", "supervision");
    }

    @Test
    void aProvenanceTheHarvestCannotStandBehindIsRejected() {
        RawRecord raw = feedItem(json -> { }, "col/v1/records/pqr:000321");
        Outcome.Rejected r = rejected(raw);
        assertThat(r.rejectClass()).isEqualTo(RejectClass.INVALID_RECORD);
        assertThat(r.reject().reasons()).extracting(Reject.Reason::element).contains("provenance.url");
    }

    @Test
    void anInvalidOptionalValueIsDroppedAndTheDropRecorded() {
        RawRecord raw = feedItem(json -> json.set("cost", ColJson.mapper().valueToTree(new Cost(120.0, "hkd"))));
        Outcome.Published p = published(raw);
        assertThat(p.record().cost()).isNull();
        assertThat(p.record().quality().derived()).endsWith("cost");
        assertThat(p.repairs()).singleElement().satisfies(reason -> {
            assertThat(reason.element()).isEqualTo("cost.currency");
            assertThat(reason.problem()).contains("ISO 4217", "hkd");
        });
        assertThat(ColValidator.validate(p.record())).isEmpty();
        assertThat(p.record().title()).containsEntry("en", "Introduction to Data Literacy");
    }

    @Test
    void invalidAggregatorValuesReadFromTheSourceAreDroppedSameAsToAnEmptyList() {
        RawRecord raw = feedItem(json -> {
            json.set("fieldOfEducation", ColJson.mapper().valueToTree(new FieldOfEducation("06131", null)));
            json.putArray("sameAs").add("nzqa 4116-2");
        });
        Outcome.Published p = published(raw);
        assertThat(p.record().fieldOfEducation()).isNull();
        assertThat(p.record().sameAs()).isEmpty();
        assertThat(p.record().quality().derived()).contains("fieldOfEducation", "sameAs");
        assertThat(p.repairs()).extracting(Reject.Reason::element).containsExactlyInAnyOrder("fieldOfEducation.iscedF", "sameAs[0]");
        assertThat(ColValidator.validate(p.record())).isEmpty();
    }

    @Test
    void aRecordWithAnUnrepairableProblemIsRejectedWithTheRepairableOnesToo() {
        Outcome.Rejected r = rejected(feedItem(json -> {
            json.putNull("status");
            json.set("cost", ColJson.mapper().valueToTree(new Cost(-5.0, "NZD")));
        }));
        assertThat(r.rejectClass()).isEqualTo(RejectClass.INVALID_RECORD);
        assertThat(r.reject().reasons()).extracting(Reject.Reason::element).containsExactlyInAnyOrder("status", "cost.amount");
    }

    @Test
    void aValidRecordIsPublishedAsStandardisedWithoutRepairs() {
        Outcome.Published p = published(feedItem(json -> { }));
        assertThat(p.repairs()).isEmpty();
        assertThat(p.record().quality().derived()).doesNotContain("cost", "sameAs");
        assertThat(p.record().quality().compliance()).containsOnlyKeys("col-mandatory", "eu-annex-i");
    }

    @Test
    void anMqrPageWhoseValidityIsNoDateHasNoStatusAndIsRejected() {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("title", List.of("Micro-credential in Data Analytics with Python"));
        fields.put("provider", List.of("UNIVERSITI CONTOH MALAYSIA"));
        fields.put("reference", List.of("MQA/SWA 0123"));
        fields.put("validity", List.of("sehingga dimaklumkan"));
        fields.put("mqfLevel", List.of("Tahap ?"));
        RawRecord raw = new RawRecord("mqa", "mqa", "MQA/SWA 0123", "http://mqa.example/mqr/english/epapar.cfm?NoRujA=MQA%2FSWA+0123",
                FETCHED, "text/html", Checksums.of(fields, null), fields, null, List.of(), false, SourcePosition.start("run-1", null));
        Outcome.Rejected r = rejected(raw);
        assertThat(r.rejectClass()).isEqualTo(RejectClass.INVALID_RECORD);
        assertThat(r.reject().reasons()).containsExactly(new Reject.Reason("status", "must not be null"));
        assertThat(r.reject().source()).isEqualTo("mqa");
        assertThat(r.reject().raw()).isEqualTo(RawRecordJson.tree(raw));
    }

    @Test
    void everyRejectCarriesItsClassInItsJson() throws Exception {
        Outcome.Rejected r = rejected(feedItem(json -> json.putNull("status")));
        JsonNode json = ColJson.mapper().readTree(ColJson.writeBytes(r.reject()));
        assertThat(json.get("class").asText()).isEqualTo("invalid-record");
        assertThat(ColJson.mapper().treeToValue(json, Reject.class)).isEqualTo(r.reject());

        Outcome.Rejected untitled = rejected(feedItem(j -> j.putObject("title").put("en", " ")));
        assertThat(ColJson.mapper().readTree(ColJson.writeBytes(untitled.reject())).get("class").asText()).isEqualTo("untitled");
    }

    @Test
    void aRepairedRecordIsTheSameBytesOnEveryReplay() {
        RawRecord raw = feedItem(json -> json.set("cost", ColJson.mapper().valueToTree(new Cost(120.0, "hkd"))));
        byte[] first = ColJson.writeBytes(published(raw).record());
        byte[] again = ColJson.writeBytes(((Outcome.Published) new RawRecordNormalizer().normalize(raw.key(), RawRecordJson.write(raw))).record());
        assertThat(again).isEqualTo(first);
    }

    private Outcome.Rejected rejected(RawRecord raw) {
        Outcome o = normalizer.normalize(raw);
        assertThat(o).isInstanceOf(Outcome.Rejected.class);
        return (Outcome.Rejected) o;
    }

    private Outcome.Published published(RawRecord raw) {
        Outcome o = normalizer.normalize(raw);
        assertThat(o).as("%s", o).isInstanceOf(Outcome.Published.class);
        return (Outcome.Published) o;
    }

    private static RawRecord feedItem(Consumer<ObjectNode> change) {
        return feedItem(change, "http://peer.example/col/v1/records/pqr:000321");
    }

    /** A COL feed item: a valid record, then {@code change} applied to its JSON, as a feed could publish it. */
    private static RawRecord feedItem(Consumer<ObjectNode> change, String url) {
        ColRecord record = ColRecord.builder().id("pqr:000321").title(Map.of("en", "Introduction to Data Literacy"))
                .awardingBody(AwardingBody.named("Peer Polytechnic")).status("active").issuerCountry("PH")
                .learningOutcomes(List.of("Read a balance sheet")).build();
        ObjectNode json = ColJson.mapper().valueToTree(record);
        change.accept(json);
        String payload = json.toString();
        return new RawRecord("peer", "col-feed", "pqr:000321", url, FETCHED, "application/json",
                Checksums.of(Map.of(), payload), Map.of(), payload, List.of(), false, SourcePosition.start("run-1", null));
    }
}
