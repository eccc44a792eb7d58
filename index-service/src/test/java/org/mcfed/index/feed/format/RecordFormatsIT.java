package org.mcfed.index.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.Catalog;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the service serves, over HTTP from the real index fed by the records topic: each record
 * format chosen by {@code ?format=} and by {@code Accept}, valid by its publisher's schema,
 * contexts and vocabulary; the export in each format; the record page with its schema.org JSON-LD.
 */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class RecordFormatsIT {

    private static final String HK = "hkqr:22/000567/L4";
    private static final Pattern EMBEDDED = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    @Inject
    RecordIndex index;

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
    }

    private static Response record(String id, String format, String accept) {
        var request = given().urlEncodingEnabled(false);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request.get("/api/records/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20")
                + (format == null ? "" : "?format=" + format));
    }

    private static JsonNode json(Response r) throws Exception {
        return ColJson.mapper().readTree(r.asString());
    }

    @Test
    void everyLiveRecordIsServedInEveryFormatValidByItsPublisher() throws Exception {
        ElmShapes elm = new ElmShapes();
        LinkedDataVocabulary ctdl = LinkedDataVocabulary.ctdl();
        LinkedDataVocabulary schemaOrg = LinkedDataVocabulary.schemaOrg();
        for (var r : Catalog.live()) {
            Response ob3 = record(r.id(), "ob3", null);
            assertThat(ob3.statusCode()).isEqualTo(200);
            assertThat(ob3.contentType()).isEqualTo(RecordFormat.OB3.contentType());
            assertThat(AchievementSchema.validate(json(ob3))).as(r.id()).isEmpty();
            for (RecordFormat f : List.of(RecordFormat.OB3, RecordFormat.ELM, RecordFormat.CTDL, RecordFormat.SCHEMAORG)) {
                assertThat(PublishedContexts.expand(record(r.id(), f.id(), null).asString())).as("%s %s", f, r.id()).isNotEmpty();
            }
            assertThat(elm.problems(json(record(r.id(), "elm", null)))).as(r.id()).isEmpty();
            assertThat(ctdl.problems(json(record(r.id(), "ctdl", null)))).as(r.id()).isEmpty();
            assertThat(schemaOrg.problems(json(record(r.id(), "schemaorg", null)))).as(r.id()).isEmpty();
        }
        JsonNode hk = json(record(HK, "ctdl", null));
        assertThat(hk.at("/ceterms:name").toString()).contains("Data Analytics");
    }

    @Test
    void acceptChoosesTheFormatAndAnUnservedTypeIs406() throws Exception {
        assertThat(json(record(HK, null, "application/json")).get("id").asText()).isEqualTo(HK);
        assertThat(json(record(HK, null, "application/ld+json")).get("@type").asText()).isEqualTo("Course");
        Response ob3 = record(HK, null, "application/ld+json; profile=\"https://purl.imsglobal.org/spec/ob/v3p0/\"");
        assertThat(ob3.contentType()).isEqualTo(RecordFormat.OB3.contentType());
        assertThat(json(ob3).get("achievementType").asText()).isEqualTo("MicroCredential");
        assertThat(json(record(HK, null, "text/html;q=0.9, application/ld+json; profile=\"http://data.europa.eu/snb/model/elm/\"")).get("type").asText())
                .isEqualTo("LearningOpportunity");
        assertThat(json(record(HK, null, "application/ld+json; profile=\"https://purl.org/ctdl/terms/\"")).get("@type").asText())
                .isEqualTo("ceterms:MicroCredential");

        Response html = record(HK, null, "text/html");
        assertThat(html.statusCode()).isEqualTo(406);
        assertThat(json(html).get("error").asText()).contains("application/ld+json");
        assertThat(record(HK, null, "application/ld+json; profile=\"https://example.org/other\"").statusCode()).isEqualTo(406);

        Response unknown = record(HK, "rdfxml", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("error").asText()).contains("col, ob3, elm, ctdl, schemaorg");
        assertThat(record("nzqa:no-such", "ob3", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theExportHoldsOneJsonLdDocumentPerLiveRecordInEachFormat() throws Exception {
        for (RecordFormat f : List.of(RecordFormat.OB3, RecordFormat.ELM, RecordFormat.CTDL, RecordFormat.SCHEMAORG)) {
            Response r = given().queryParam("format", f.id()).get("/api/export");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/x-ndjson");
            assertThat(r.header("Content-Disposition")).contains("mcfed-records." + f.id() + ".ndjson");
            String[] lines = new String(r.asByteArray(), StandardCharsets.UTF_8).split("\n");
            assertThat(lines).as(f.id()).hasSize(Catalog.live().size());
            for (String line : lines) {
                assertThat(PublishedContexts.expand(line)).isNotEmpty();
                if (f == RecordFormat.OB3) {
                    assertThat(AchievementSchema.validate(ColJson.mapper().readTree(line))).isEmpty();
                }
            }
        }
        assertThat(given().queryParam("format", "col").get("/api/export").statusCode()).as("COL is the ndjson export").isEqualTo(400);
    }

    @Test
    void theRecordPageCarriesItsSchemaOrgJsonLdAndMarkupStaysData() throws Exception {
        Response page = given().queryParam("id", Catalog.SCRIPT_ID).get("/record.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        String html = page.asString();
        assertThat(html).doesNotContain(Catalog.SCRIPT_TITLE).contains("<script src=\"assets/record.js\" defer></script>");
        Matcher m = EMBEDDED.matcher(html);
        assertThat(m.find()).isTrue();
        String jsonLd = m.group(1);
        assertThat(m.find()).as("one JSON-LD block").isFalse();
        JsonNode embedded = ColJson.mapper().readTree(jsonLd);
        assertThat(embedded.get("name").asText()).isEqualTo(Catalog.SCRIPT_TITLE);
        assertThat(embedded).isEqualTo(json(record(Catalog.SCRIPT_ID, "schemaorg", null)));
        assertThat(PublishedContexts.expand(jsonLd)).isNotEmpty();

        String plain = given().get("/record.html").asString();
        assertThat(plain).doesNotContain("application/ld+json").contains("assets/record.js");
        assertThat(given().queryParam("id", "nzqa:no-such").get("/record.html").asString()).doesNotContain("application/ld+json");
    }
}
