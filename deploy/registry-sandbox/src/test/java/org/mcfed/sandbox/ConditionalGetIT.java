package org.mcfed.sandbox;

import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.site.microcred.MicrocredSeekerSite;
import org.mcfed.sandbox.site.mqa.MqaSite;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Validators move only for records a tick changed: unchanged pages keep answering 304, changed ones 200 with new validators. */
class ConditionalGetIT {

    static String detailPath(RegistrySandbox sb, String source, String id) {
        switch (source) {
            case "nzqa": return "/nzqa/micro-credentials/" + id;
            case "mqa": return MqaSite.detailPath(id, "1101", false);
            case "microcred-seeker":
                return "/microcred-seeker/course/" + ((MicrocredSeekerSite) sb.site(source)).slug(Integer.parseInt(id) - 1000);
            case "hkqr": return "/hkqr/HKQRPRD/web/hkqr-en/search/detail?regNo=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
            default: return "/col-feed/col/v1/records/" + id;
        }
    }

    @Test
    void afterATickChangedRecordsAnswer200AndUnchangedOnes304() {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(11).scale(1.0).port(0).build().start()) {
            for (String source : sb.sources()) {
                SourceTruth before = sb.truth().source(source);
                List<TruthRecord> sample = before.live().subList(0, Math.min(before.live().size(), 300));
                String[] etags = new String[sample.size()];
                String[] lastModified = new String[sample.size()];
                for (int i = 0; i < sample.size(); i++) {
                    HttpResponse<byte[]> r = Http.get(URI.create(sb.baseUri() + detailPath(sb, source, sample.get(i).id())));
                    assertThat(r.statusCode()).as(source + " " + sample.get(i).id()).isEqualTo(200);
                    etags[i] = r.headers().firstValue("ETag").orElseThrow();
                    lastModified[i] = r.headers().firstValue("Last-Modified").orElseThrow();
                    assertThat(Http.get(r.uri(), "If-None-Match", etags[i]).statusCode()).isEqualTo(304);
                    assertThat(Http.get(r.uri(), "If-Modified-Since", lastModified[i]).statusCode()).isEqualTo(304);
                }
                sb.tick(0.2, 0.0, 0.05);
                Instant now = sb.now();
                SourceTruth after = sb.truth().source(source);
                int changed = 0;
                int unchanged = 0;
                int gone = 0;
                for (int i = 0; i < sample.size(); i++) {
                    String id = sample.get(i).id();
                    URI uri = URI.create(sb.baseUri() + detailPath(sb, source, id));
                    HttpResponse<byte[]> byTag = Http.get(uri, "If-None-Match", etags[i]);
                    HttpResponse<byte[]> byDate = Http.get(uri, "If-Modified-Since", lastModified[i]);
                    TruthRecord t = after.byId().get(id);
                    if (t == null) {
                        assertThat(after.deletedIds()).contains(id);
                        assertThat(byTag.statusCode()).isEqualTo(404);
                        gone++;
                    } else if (t.updatedAt().equals(now)) {
                        assertThat(byTag.statusCode()).as(source + " changed " + id).isEqualTo(200);
                        assertThat(byTag.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etags[i]);
                        assertThat(byDate.statusCode()).isEqualTo(200);
                        assertThat(byDate.headers().firstValue("Last-Modified").orElseThrow()).isNotEqualTo(lastModified[i]);
                        changed++;
                    } else {
                        assertThat(t.updatedAt()).isEqualTo(sample.get(i).updatedAt());
                        assertThat(byTag.statusCode()).as(source + " unchanged " + id).isEqualTo(304);
                        assertThat(byDate.statusCode()).isEqualTo(304);
                        unchanged++;
                    }
                }
                assertThat(changed).as(source + " changed in sample").isPositive();
                assertThat(unchanged).as(source + " unchanged in sample").isPositive();
                assertThat(gone).as(source + " deleted in sample").isPositive();
            }
        }
    }

    @Test
    void listingValidatorsMoveWithTheRegistry() {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(11).scale(1.0).port(0).build().start()) {
            URI first = URI.create(sb.baseUri() + sb.site("nzqa").entryPage());
            HttpResponse<byte[]> r = Http.get(first);
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertThat(Http.get(first, "If-None-Match", etag).statusCode()).isEqualTo(304);
            assertThat(Http.get(first, "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
            assertThat(Http.get(first, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
            sb.tick(0.1, 0.1, 0.1);
            HttpResponse<byte[]> after = Http.get(first, "If-None-Match", etag);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        }
    }
}
