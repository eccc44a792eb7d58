package org.mcfed.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.truth.GroundTruth;

import java.net.URI;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin calls over HTTP (docs/api.md): truth, tick, info; bad input is a 400 that says why. */
class AdminApiIT {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void truthOverHttpEqualsTheInProcessTruthBeforeAndAfterATick() throws Exception {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(9).scale(0.5).port(0).build().start()) {
            JsonNode t0 = JSON.readTree(Http.get(URI.create(sb.baseUri() + "/_sandbox/truth")).body());
            assertThat(t0.get("sources").get("nzqa").get("live")).hasSize(228);
            assertThat(t0.get("sources").get("hkqr").get("liveCount").asInt()).isEqualTo(sb.truth().source("hkqr").live().size());

            HttpResponse<String> tick = Http.post(URI.create(sb.baseUri() + "/_sandbox/tick?changed=0.1&added=0.05&deleted=0.02"));
            assertThat(tick.statusCode()).isEqualTo(200);
            JsonNode counts = JSON.readTree(tick.body());
            assertThat(counts.get("tick").asInt()).isEqualTo(1);
            assertThat(counts.get("sources").get("nzqa").get("deleted").asInt()).isEqualTo(5);

            GroundTruth in = sb.truth();
            JsonNode t1 = JSON.readTree(Http.get(URI.create(sb.baseUri() + "/_sandbox/truth?source=nzqa")).body());
            assertThat(t1.get("sources").size()).isEqualTo(1);
            JsonNode nz = t1.get("sources").get("nzqa");
            assertThat(nz.get("live")).hasSize(in.source("nzqa").live().size());
            assertThat(nz.get("deleted")).hasSize(5);
            for (JsonNode d : nz.get("deleted")) {
                assertThat(in.source("nzqa").deletedIds()).contains(d.get("id").asText());
                assertThat(d.get("deletedAt").asText()).isEqualTo(sb.now().toString());
            }
            JsonNode rec = nz.get("live").get(0);
            assertThat(rec.fieldNames()).toIterable().containsExactly("id", "updatedAt", "status", "sourceStatus", "malformed", "expectReject", "expectInvalid",
                    "concept", "languages");
            assertThat(rec.get("concept").asText()).isEqualTo(in.source("nzqa").byId().get(rec.get("id").asText()).concept());
            assertThat(rec.get("languages").toString()).isEqualTo("[\"en\"]");
            assertThat(in.source("nzqa").live().size()).isEqualTo(228 - 5 + 11);

            JsonNode info = JSON.readTree(Http.get(URI.create(sb.baseUri() + "/_sandbox/info")).body());
            assertThat(info.get("tick").asInt()).isEqualTo(1);
            assertThat(info.get("sources").get("col-feed").get("basePath").asText()).isEqualTo("/col-feed");
        }
    }

    @Test
    void infoCountsPagesAndBodyBytesServedAndNotModifiedAnswers() throws Exception {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(9).scale(0.1).port(0).build().start()) {
            URI page = URI.create(sb.baseUrl("nzqa") + "/micro-credentials/register?page=1");
            HttpResponse<byte[]> first = Http.get(page);
            Http.get(URI.create(sb.baseUri() + "/_sandbox/truth"));
            JsonNode after1 = JSON.readTree(Http.get(URI.create(sb.baseUri() + "/_sandbox/info")).body());
            assertThat(after1.get("pagesServed").asLong()).as("admin calls are not registry traffic").isEqualTo(1);
            assertThat(after1.get("bytesServed").asLong()).isEqualTo(first.body().length);

            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(Http.get(page, "If-None-Match", etag).statusCode()).isEqualTo(304);
            JsonNode after2 = JSON.readTree(Http.get(URI.create(sb.baseUri() + "/_sandbox/info")).body());
            assertThat(after2.get("pagesServed").asLong()).isEqualTo(2);
            assertThat(after2.get("notModified").asLong()).isEqualTo(1);
            assertThat(after2.get("bytesServed").asLong()).as("a 304 sends no body").isEqualTo(first.body().length);

            sb.faults("nzqa", org.mcfed.sandbox.fault.FaultSpec.errors(1.0, 503));
            assertThat(Http.get(page).statusCode()).isEqualTo(503);
            JsonNode after3 = JSON.readTree(Http.get(URI.create(sb.baseUri() + "/_sandbox/info")).body());
            assertThat(after3.get("requestsServed").asLong()).as("every answer on a registry path, faults and 304s included").isEqualTo(3);
            assertThat(after3.get("pagesServed").asLong()).isEqualTo(2);
        }
    }

    @Test
    void badAdminCallsAre400Or405() {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(9).scale(0.1).port(0).build().start()) {
            HttpResponse<String> bad = Http.post(URI.create(sb.baseUri() + "/_sandbox/tick?changed=1.5"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("0..1");
            assertThat(Http.post(URI.create(sb.baseUri() + "/_sandbox/tick?changed=abc")).statusCode()).isEqualTo(400);
            assertThat(Http.get(URI.create(sb.baseUri() + "/_sandbox/tick")).statusCode()).isEqualTo(405);
            assertThat(Http.get(URI.create(sb.baseUri() + "/_sandbox/truth?source=nope")).statusCode()).isEqualTo(400);
            assertThat(Http.post(URI.create(sb.baseUri() + "/nzqa/micro-credentials/register")).statusCode()).isEqualTo(405);
            assertThat(Http.get(URI.create(sb.baseUri() + "/nowhere")).statusCode()).isEqualTo(404);
            assertThat(Http.get(URI.create(sb.baseUri() + "/col-feed/col/v1/records?limit=0")).statusCode()).isEqualTo(400);
            assertThat(Http.text(Http.get(URI.create(sb.baseUri() + "/col-feed/col/v1/records?since=yesterday")))).contains("\"error\"");
            assertThat(Http.get(URI.create(sb.baseUri() + "/")).statusCode()).isEqualTo(200);
        }
    }
}
