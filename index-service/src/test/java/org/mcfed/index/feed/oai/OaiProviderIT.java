package org.mcfed.index.feed.oai;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.feed.format.AchievementSchema;
import org.mcfed.index.feed.format.PublishedContexts;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.Catalog;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;
import org.w3c.dom.Element;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OAI-PMH 2.0 provider over HTTP; every response is parsed as XML. */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class OaiProviderIT {

    @Inject
    RecordIndex index;

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
    }

    private static OaiResponse oai(String... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        Response r = request.get("/oai");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/xml");
        return new OaiResponse(r.asByteArray());
    }

    /** Follows resumptionTokens to the end; returns every header, checking cursors and the final empty token. */
    private static List<Element> harvest(String verb, String... selection) {
        List<Element> headers = new ArrayList<>();
        List<String> first = new ArrayList<>(List.of("verb", verb));
        first.addAll(List.of(selection));
        OaiResponse page = oai(first.toArray(String[]::new));
        int pages = 0;
        while (true) {
            assertThat(page.error()).isNull();
            headers.addAll(page.headers());
            Element token = page.token();
            if (token == null) {
                assertThat(pages).as("a complete list in one page carries no token").isZero();
                break;
            }
            assertThat(Integer.parseInt(token.getAttribute("cursor"))).isEqualTo(pages * FeedsProfile.OAI_PAGE);
            pages++;
            if (token.getTextContent().isEmpty()) {
                break;
            }
            assertThat(page.headers()).hasSize(FeedsProfile.OAI_PAGE);
            page = oai("verb", verb, "resumptionToken", token.getTextContent());
            assertThat(pages).isLessThan(50);
        }
        return headers;
    }

    @Test
    void identifySaysPersistentDeletionsAndSecondsGranularity() {
        OaiResponse r = oai("verb", "Identify");
        assertThat(r.root().getLocalName()).isEqualTo("OAI-PMH");
        assertThat(r.root().getNamespaceURI()).isEqualTo(OaiResponse.OAI);
        assertThat(r.text("protocolVersion")).isEqualTo("2.0");
        assertThat(r.text("deletedRecord")).isEqualTo("persistent");
        assertThat(r.text("granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        assertThat(r.text("earliestDatestamp")).isEqualTo("2025-03-01T00:01:00Z");
        assertThat(r.text("baseURL")).endsWith("/oai");
        assertThat(r.text("adminEmail")).contains("@");
        assertThat(r.text("responseDate")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(r.request().getAttribute("verb")).isEqualTo("Identify");
    }

    @Test
    void listMetadataFormatsOffersDublinCoreColAndTheLinkedDataFormats() {
        OaiResponse r = oai("verb", "ListMetadataFormats");
        assertThat(r.all("metadataPrefix")).extracting(Element::getTextContent).containsExactly("oai_dc", "col", "ob3", "elm", "ctdl");
        assertThat(oai("verb", "ListMetadataFormats", "identifier", "nzqa:6001-1").error()).isNull();
        assertThat(oai("verb", "ListMetadataFormats", "identifier", Catalog.DELETED.get(0)).error()).as("deleted records still exist for OAI").isNull();
        assertThat(oai("verb", "ListMetadataFormats", "identifier", "nzqa:no-such").error()).isEqualTo("idDoesNotExist");
        String schema = r.all("schema").get(1).getTextContent();
        assertThat(schema).endsWith("/oai/col.xsd");
        assertThat(new OaiResponse(given().get("/oai/col.xsd").asByteArray()).root().getLocalName()).isEqualTo("schema");
        assertThat(r.all("schema").get(2).getTextContent()).endsWith("/oai/ob3.xsd");
        assertThat(r.all("metadataNamespace").get(2).getTextContent()).isEqualTo("urn:mcfed:ob3:v1");
        Element ob3Schema = new OaiResponse(given().get("/oai/ob3.xsd").asByteArray()).root();
        assertThat(ob3Schema.getAttribute("targetNamespace")).isEqualTo("urn:mcfed:ob3:v1");
    }

    @Test
    void theLinkedDataFormatsCarryTheJsonLdTheApiServes() throws Exception {
        int live = harvest("ListIdentifiers", "metadataPrefix", "col").size();
        for (String prefix : List.of("ob3", "elm", "ctdl")) {
            assertThat(harvest("ListRecords", "metadataPrefix", prefix)).as(prefix).hasSize(live);
            OaiResponse r = oai("verb", "GetRecord", "identifier", Catalog.SCRIPT_ID, "metadataPrefix", prefix);
            List<Element> records = r.all("urn:mcfed:" + prefix + ":v1", "record");
            assertThat(records).as(prefix).hasSize(1);
            assertThat(records.get(0).getAttribute("contentType")).isEqualTo("application/ld+json");
            String json = records.get(0).getTextContent();
            String served = given().urlEncodingEnabled(false).get("/api/records/" + URLEncoder.encode(Catalog.SCRIPT_ID, StandardCharsets.UTF_8)
                    + "?format=" + prefix).asString();
            assertThat(json).as(prefix).isEqualTo(served);
            assertThat(PublishedContexts.expand(json)).as(prefix).isNotEmpty();
        }
        String ob3 = oai("verb", "GetRecord", "identifier", Catalog.SCRIPT_ID, "metadataPrefix", "ob3")
                .all("urn:mcfed:ob3:v1", "record").get(0).getTextContent();
        assertThat(AchievementSchema.validate(ColJson.mapper().readTree(ob3))).isEmpty();
        assertThat(ColJson.mapper().readTree(ob3).get("name").asText()).isEqualTo(Catalog.SCRIPT_TITLE);
    }

    @Test
    void listSetsHasOneSetPerCountry() {
        OaiResponse r = oai("verb", "ListSets");
        assertThat(r.all("setSpec")).extracting(Element::getTextContent)
                .containsExactly("country:AU", "country:HK", "country:MY", "country:NZ");
        assertThat(r.all("setName").get(3).getTextContent()).contains("New Zealand");
    }

    @Test
    void listRecordsPagesThroughEveryRecordAndEveryDeletion() {
        List<Element> headers = harvest("ListRecords", "metadataPrefix", "oai_dc");
        Map<String, Element> byId = new LinkedHashMap<>();
        headers.forEach(h -> byId.put(OaiResponse.child(h, "identifier"), h));
        assertThat(byId).hasSize(headers.size());
        List<String> expected = new ArrayList<>(Catalog.live().stream().map(ColRecord::id).toList());
        expected.addAll(Catalog.DELETED);
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        for (String deleted : Catalog.DELETED) {
            assertThat(byId.get(deleted).getAttribute("status")).isEqualTo("deleted");
        }
        Element live = byId.get("hkqr:22/000567/L4");
        assertThat(live.hasAttribute("status")).isFalse();
        assertThat(OaiResponse.child(live, "datestamp")).isEqualTo("2025-03-01T00:02:00Z");
        assertThat(OaiResponse.children(live, "setSpec")).containsExactly("country:HK");
    }

    @Test
    void listRecordsInColCarriesTheRecordsAsJsonAndEscapesMarkup() {
        OaiResponse r = oai("verb", "ListRecords", "metadataPrefix", "col", "from", "2025-03-01T00:06:00Z", "until", "2025-03-01T00:06:00Z");
        List<Element> records = r.all("urn:mcfed:col-record:v1", "record");
        assertThat(records).hasSize(1);
        ColRecord parsed = ColJson.read(records.get(0).getTextContent());
        assertThat(parsed).isEqualTo(Catalog.byId(Catalog.SCRIPT_ID));
        assertThat(parsed.title().get("en")).isEqualTo(Catalog.SCRIPT_TITLE);

        OaiResponse dc = oai("verb", "GetRecord", "identifier", Catalog.SCRIPT_ID, "metadataPrefix", "oai_dc");
        assertThat(dc.all("http://purl.org/dc/elements/1.1/", "title").get(0).getTextContent()).isEqualTo(Catalog.SCRIPT_TITLE);
        assertThat(dc.all("http://www.openarchives.org/OAI/2.0/oai_dc/", "dc")).hasSize(1);
    }

    @Test
    void setsAndDatesSelectRecords() {
        List<Element> nz = harvest("ListIdentifiers", "metadataPrefix", "oai_dc", "set", "country:NZ");
        long liveNz = Catalog.live().stream().filter(r -> r.issuerCountry().equals("NZ")).count();
        assertThat(nz.stream().filter(h -> !h.hasAttribute("status"))).hasSize((int) liveNz)
                .allSatisfy(h -> assertThat(OaiResponse.children(h, "setSpec")).containsExactly("country:NZ"));
        assertThat(nz.stream().filter(h -> h.hasAttribute("status")).map(h -> OaiResponse.child(h, "identifier")))
                .as("a deletion stays in the set of its country").containsExactly("nzqa:7001-1");

        // minutes 1..5 inclusive at seconds granularity
        List<Element> early = harvest("ListIdentifiers", "metadataPrefix", "col", "from", "2025-03-01T00:01:00Z", "until", "2025-03-01T00:05:00Z");
        assertThat(early).extracting(h -> OaiResponse.child(h, "identifier"))
                .containsExactly("nzqa:6001-1", "hkqr:22/000567/L4", "mqa:MQA/SWA 0123", "microcred-seeker:1042", "nzqa:5120-1");
        List<Element> wholeDay = harvest("ListIdentifiers", "metadataPrefix", "col", "until", "2025-03-01");
        assertThat(wholeDay).hasSize(Catalog.live().size());
        assertThat(oai("verb", "ListIdentifiers", "metadataPrefix", "col", "until", "2024-12-31").error()).isEqualTo("noRecordsMatch");
        assertThat(oai("verb", "ListIdentifiers", "metadataPrefix", "col", "set", "country:ZZ").error()).isEqualTo("noRecordsMatch");
        assertThat(oai("verb", "ListIdentifiers", "metadataPrefix", "col", "set", "region:Pacific").error()).isEqualTo("noRecordsMatch");
    }

    @Test
    void getRecordAnswersLiveAndDeletedRecords() {
        OaiResponse live = oai("verb", "GetRecord", "identifier", "mqa:MQA/SWA 0123", "metadataPrefix", "col");
        assertThat(live.error()).isNull();
        assertThat(live.request().getAttribute("identifier")).isEqualTo("mqa:MQA/SWA 0123");
        assertThat(ColJson.read(live.all("urn:mcfed:col-record:v1", "record").get(0).getTextContent()).title())
                .containsEntry("ms", "Sijil Pengurusan Perniagaan Digital");

        OaiResponse gone = oai("verb", "GetRecord", "identifier", Catalog.DELETED.get(1), "metadataPrefix", "oai_dc");
        assertThat(gone.error()).isNull();
        assertThat(gone.headers().get(0).getAttribute("status")).isEqualTo("deleted");
        assertThat(gone.all("metadata")).isEmpty();
        assertThat(Instant.parse(OaiResponse.child(gone.headers().get(0), "datestamp"))).isAfter(Catalog.T0);
    }

    @Test
    void errorsCarryTheProtocolsCodes() {
        assertThat(oai("verb", "Harvest").error()).isEqualTo("badVerb");
        assertThat(oai().error()).isEqualTo("badVerb");
        OaiResponse badVerb = oai("verb", "Harvest");
        assertThat(badVerb.request().hasAttribute("verb")).as("badVerb echoes only the base URL").isFalse();
        assertThat(oai("verb", "ListRecords").error()).isEqualTo("badArgument");
        assertThat(oai("verb", "ListRecords", "metadataPrefix", "col", "from", "2025-03-02", "until", "2025-03-01").error()).isEqualTo("badArgument");
        assertThat(oai("verb", "ListRecords", "metadataPrefix", "col", "from", "2025-03-01", "until", "2025-03-01T10:00:00Z").error()).isEqualTo("badArgument");
        assertThat(oai("verb", "ListRecords", "metadataPrefix", "col", "from", "last week").error()).isEqualTo("badArgument");
        assertThat(oai("verb", "Identify", "identifier", "x").error()).isEqualTo("badArgument");
        assertThat(oai("verb", "ListRecords", "resumptionToken", "garbage!").error()).isEqualTo("badResumptionToken");
        assertThat(oai("verb", "ListSets", "resumptionToken", "anything").error()).isEqualTo("badResumptionToken");
        assertThat(oai("verb", "ListRecords", "metadataPrefix", "marc21").error()).isEqualTo("cannotDisseminateFormat");
        assertThat(oai("verb", "GetRecord", "identifier", "nzqa:6001-1", "metadataPrefix", "mods").error()).isEqualTo("cannotDisseminateFormat");
        assertThat(oai("verb", "GetRecord", "identifier", "nzqa:nothing", "metadataPrefix", "col").error()).isEqualTo("idDoesNotExist");
    }

    @Test
    void aFormPostIsAnsweredLikeAGet() {
        Response r = given().contentType("application/x-www-form-urlencoded")
                .formParam("verb", "GetRecord").formParam("identifier", "nzqa:6001-1").formParam("metadataPrefix", "oai_dc")
                .post("/oai");
        assertThat(r.statusCode()).isEqualTo(200);
        OaiResponse parsed = new OaiResponse(r.asByteArray());
        assertThat(parsed.error()).isNull();
        assertThat(OaiResponse.child(parsed.headers().get(0), "identifier")).isEqualTo("nzqa:6001-1");
    }
}
