package org.mcfed.index.feed.export;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.RecordIndex;
import org.mcfed.index.testkit.Catalog;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.index.testkit.Pipeline;
import org.mcfed.kafka.KafkaBrokerResource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** NDJSON and CSV exports over HTTP hold every live record, and only those. */
@QuarkusTest
@TestProfile(FeedsProfile.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class ExportIT {

    @Inject
    RecordIndex index;

    @BeforeEach
    void published() {
        Pipeline.publishOnce(index);
    }

    @Test
    void ndjsonHoldsEveryLiveRecordAsTheTopicHadIt() {
        Response r = given().queryParam("format", "ndjson").get("/api/export");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/x-ndjson");
        assertThat(r.header("Content-Disposition")).contains("mcfed-records.ndjson");
        String[] lines = new String(r.asByteArray(), StandardCharsets.UTF_8).split("\n");
        List<ColRecord> records = new ArrayList<>();
        for (String line : lines) {
            records.add(ColJson.read(line));
        }
        assertThat(records).containsExactlyInAnyOrderElementsOf(Catalog.live());
    }

    @Test
    void csvHasAHeaderAndOneQuotedRowPerLiveRecord() {
        Response r = given().queryParam("format", "csv").get("/api/export");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        List<List<String>> rows = Rfc4180.parse(new String(r.asByteArray(), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertThat(header).startsWith("id", "title", "title.lang");
        assertThat(rows).hasSize(1 + Catalog.live().size()).allSatisfy(row -> assertThat(row).hasSameSizeAs(header));
        List<String> script = rows.stream().filter(row -> row.get(0).equals(Catalog.SCRIPT_ID)).findFirst().orElseThrow();
        assertThat(script.get(header.indexOf("title"))).isEqualTo(Catalog.SCRIPT_TITLE);
        assertThat(script.get(header.indexOf("description"))).contains("\"quoted\", & all");
        List<String> hk = rows.stream().filter(row -> row.get(0).equals("hkqr:22/000567/L4")).findFirst().orElseThrow();
        assertThat(hk.get(header.indexOf("workloadHours"))).isEqualTo("150");
        assertThat(hk.get(header.indexOf("nqfLevel.framework"))).isEqualTo("HKQF");
        assertThat(rows.stream().map(row -> row.get(0))).doesNotContainAnyElementsOf(Catalog.DELETED);
    }

    @Test
    void anUnknownFormatIs400() {
        Response r = given().queryParam("format", "xlsx").get("/api/export");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.jsonPath().getString("error")).contains("ndjson, csv, ob3, elm, ctdl or schemaorg");
    }
}
