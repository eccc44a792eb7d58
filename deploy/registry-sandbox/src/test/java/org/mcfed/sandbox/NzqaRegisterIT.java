package org.mcfed.sandbox;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.core.Lexicon;
import org.mcfed.sandbox.truth.SourceTruth;
import org.mcfed.sandbox.truth.TruthRecord;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks the whole NZQA register over HTTP as a connector would and checks it against the ground truth and the spec's labels. */
class NzqaRegisterIT {
    static RegistrySandbox sb;

    @BeforeAll
    static void start() {
        sb = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    @Test
    void listingPagesFollowNextLinksToEveryTruthRecordAndDetailsCarryTheSpecLabels() {
        SourceTruth truth = sb.truth().source("nzqa");
        assertThat(truth.live()).hasSize(455);

        List<String> hrefs = new ArrayList<>();
        URI page = URI.create(sb.baseUrl("nzqa") + "/micro-credentials/register?page=1");
        int pages = 0;
        while (page != null) {
            Document doc = Jsoup.parse(Http.text(Http.get(page)), page.toString());
            pages++;
            assertThat(doc.select("table.register thead th").eachText())
                    .containsExactly("Ref", "Title", "Provider", "Level", "Credits", "Status");
            hrefs.addAll(doc.select("table.register tbody tr td:eq(1) a").eachAttr("abs:href"));
            Element next = doc.selectFirst("a[rel=next]");
            page = next == null ? null : URI.create(next.attr("abs:href"));
        }
        assertThat(pages).isEqualTo(23);
        assertThat(hrefs).hasSize(455).doesNotHaveDuplicates();

        Set<String> seen = new HashSet<>();
        Set<String> fieldPairs = new HashSet<>();
        for (String[] topic : Lexicon.rows("nzqa-topics")) {
            fieldPairs.add(topic[0]);
            fieldPairs.add(topic[0] + " – " + topic[1]);
        }
        int universities = 0;
        for (String href : hrefs) {
            Document d = Jsoup.parse(Http.text(Http.get(URI.create(href))), href);
            Map<String, String> labels = Labels.dl(d, "dl.mc-details");
            String ref = labels.get("reference");
            String version = labels.get("version");
            assertThat(ref).matches("\\d{4}");
            String id = ref + "-" + version;
            assertThat(href).endsWith("/micro-credentials/" + id);
            seen.add(id);
            assertThat(labels.get("title")).isNotBlank();
            assertThat(labels.get("level")).matches("[1-9]|10");
            assertThat(Labels.any(labels, "credits", "credit value")).matches("\\d+");
            assertThat(Labels.any(labels, "nzsced", "nzsced code")).matches("\\d{6}( – .+)?")
                    .as("served NZSCED pair is one NzqaFieldCodesTest checks").isIn(fieldPairs);
            assertThat(Labels.any(labels, "provider", "owner")).isNotBlank();
            assertThat(labels.get("status")).isIn("Current", "Approved", "Expiring", "Expired", "Discontinued");
            assertThat(Labels.any(labels, "approval date", "date approved")).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}");
            assertThat(Labels.any(labels, "purpose", "purpose statement")).isNotBlank();
            assertThat(d.select("dl.mc-details dd ul li")).isNotEmpty();
            TruthRecord t = truth.byId().get(id);
            assertThat(t).as(id).isNotNull();
            assertThat(t.sourceStatus()).isEqualTo(labels.get("status"));
            if (Labels.any(labels, "provider", "owner").startsWith("University") || Labels.any(labels, "provider", "owner").endsWith("University")
                    || Labels.any(labels, "provider", "owner").contains("University of")) {
                universities++;
            }
        }
        assertThat(seen).isEqualTo(truth.liveIds());
        assertThat(universities).isEqualTo(17);
    }

    @Test
    void unknownRecordIs404AndBadPageIs400() {
        assertThat(Http.get(URI.create(sb.baseUrl("nzqa") + "/micro-credentials/9999-9")).statusCode()).isEqualTo(404);
        assertThat(Http.get(URI.create(sb.baseUrl("nzqa") + "/micro-credentials/register?page=abc")).statusCode()).isEqualTo(400);
    }
}
