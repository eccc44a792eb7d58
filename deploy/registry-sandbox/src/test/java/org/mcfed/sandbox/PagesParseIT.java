package org.mcfed.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.col.validate.Validation;
import org.mcfed.sandbox.truth.TruthRecord;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every detail page of every source (scale 1), fetched over HTTP and parsed with jsoup by its
 * declared charset, carries the labels of docs/sources in one of their listed variants, with
 * values in the source's formats; every variant the specs list turns up, and optional labels are
 * missing from a share of pages.
 */
class PagesParseIT {
    static RegistrySandbox sb;

    @BeforeAll
    static void start() {
        sb = RegistrySandbox.builder().seed(3).scale(1.0).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    static Map<String, Integer> labelCounts(List<Map<String, String>> pages) {
        Map<String, Integer> m = new HashMap<>();
        for (Map<String, String> p : pages) {
            for (String k : p.keySet()) {
                m.merge(k, 1, Integer::sum);
            }
        }
        return m;
    }

    @Test
    void nzqaDetailPagesShowEveryLabelVariant() {
        List<TruthRecord> live = sb.truth().source("nzqa").live();
        List<Map<String, String>> pages = new java.util.ArrayList<>();
        for (TruthRecord r : live) {
            Document d = Http.page(URI.create(sb.baseUri() + "/nzqa/micro-credentials/" + r.id()));
            Map<String, String> l = Labels.dl(d, "dl.mc-details");
            pages.add(l);
            assertThat(l.get("reference") + "-" + l.get("version")).isEqualTo(r.id());
            assertThat(l.get("title")).isNotBlank();
            assertThat(Labels.any(l, "provider", "owner")).isNotBlank();
            assertThat(Labels.any(l, "review date", "review period")).satisfiesAnyOf(
                    v -> assertThat(v).isNull(), v -> assertThat(v).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}|3 years"));
        }
        Map<String, Integer> counts = labelCounts(pages);
        assertThat(counts.keySet()).contains("credits", "credit value", "nzsced", "nzsced code", "provider", "owner",
                "developer", "appointed developer", "approval date", "date approved", "review date", "review period",
                "purpose", "purpose statement", "outcome statement", "learning outcomes", "provider number",
                "te hono o te kahurangi", "language", "pathways", "standards used", "delivery mode", "assessment");
        assertThat(counts.get("developer") + counts.get("appointed developer")).as("optional label missing on some pages")
                .isLessThan(live.size());
        String allPurposes = String.join(" ", pages.stream().map(p -> Labels.any(p, "purpose", "purpose statement")).toList());
        assertThat(allPurposes).contains("whānau", "hapū", "iwi", "ākonga", "mātauranga Māori");
    }

    @Test
    void mqrEnglishAndMalayPagesCarryTheirLabels() {
        List<TruthRecord> live = sb.truth().source("mqa").live();
        List<Map<String, String>> en = new java.util.ArrayList<>();
        Set<String> levelForms = new HashSet<>();
        int expired = 0;
        for (TruthRecord r : live) {
            String path = ConditionalGetIT.detailPath(sb, "mqa", r.id());
            var resp = Http.get(URI.create(sb.baseUri() + path));
            assertThat(resp.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/html; charset=windows-1252");
            Map<String, String> l = Labels.rows(Http.page(resp), "table tr:has(td.label)");
            en.add(l);
            assertThat(l.get("reference no.")).isEqualTo(r.id());
            assertThat(l.get("name of qualification")).isNotBlank();
            assertThat(l.get("name of institution")).isNotBlank();
            assertThat(l.get("date of accreditation (dd/mm/yyyy)")).matches("\\d{2}/\\d{2}/\\d{4}");
            assertThat(l.get("validity")).matches("\\d{2}/\\d{2}/\\d{4} - \\d{2}/\\d{2}/\\d{4}");
            assertThat(l.get("mqf level")).matches("(Level )?[1-8]");
            levelForms.add(l.get("mqf level").startsWith("Level") ? "word" : "digit");
            assertThat(l.get("nec field (national education code)")).matches("\\d{4} - .+");
            assertThat(l.get("number of credits")).matches("\\d+(\\.5)?");
            if ("archived".equals(r.status())) {
                expired++;
            }
            if (en.size() % 5 == 0) {
                Map<String, String> ms = Labels.rows(Http.page(URI.create(sb.baseUri() + path.replace("/mqr/english/", "/mqr/"))),
                        "table tr:has(td.label)");
                assertThat(ms.get("no. rujukan")).isEqualTo(r.id());
                assertThat(ms.get("nama kelayakan")).startsWith("Mikrokredensial");
                assertThat(ms).containsKeys("nama institusi", "tarikh akreditasi (hh/bb/tttt)", "tempoh sah", "tahap mqf",
                        "bidang nec", "bilangan kredit", "mod pengajian", "tempoh pengajian", "hasil pembelajaran");
            }
        }
        assertThat(levelForms).containsExactlyInAnyOrder("word", "digit");
        assertThat(expired).isBetween(40, 150);
        Map<String, Integer> counts = labelCounts(en);
        assertThat(counts.keySet()).contains("certificate number", "compliance audit", "notional learning hours", "mode of study",
                "mode of delivery", "duration of study", "language of instruction", "assessment", "learning outcomes", "remark(s)");
        assertThat(counts.get("remark(s)")).isLessThan(live.size());
        assertThat(en.stream().filter(l -> l.get("name of institution").contains("(Previously known as :"))).isNotEmpty();
    }

    @Test
    void microcredSeekerCoursePagesCarryAttributesAndMostlyJsonLd() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<TruthRecord> live = sb.truth().source("microcred-seeker").live();
        List<Map<String, String>> pages = new java.util.ArrayList<>();
        int withLd = 0;
        for (TruthRecord r : live) {
            Document d = Http.page(URI.create(sb.baseUri() + ConditionalGetIT.detailPath(sb, "microcred-seeker", r.id())));
            Map<String, String> a = Labels.attrs(d);
            pages.add(a);
            assertThat(d.selectFirst("h1").text()).isNotBlank();
            assertThat(a.get("provider")).isNotBlank();
            assertThat(a.get("volume of learning")).matches("\\d+(\\.5)?(-\\d+(\\.5)?)? hours");
            assertThat(a.get("cost")).matches("\\$[\\d,]+|Free|Contact provider");
            assertThat(a.get("delivery mode")).matches("(Online|Onsite|Online and onsite)( \\((a)?synchronous\\))?");
            if (a.get("level") != null) {
                assertThat(a.get("level")).isIn("Novice", "Advanced Beginner", "Competent", "Proficient", "Expert");
            }
            var ld = d.selectFirst("script[type=application/ld+json]");
            if (ld != null) {
                withLd++;
                JsonNode course = json.readTree(ld.data());
                assertThat(course.get("@type").asText()).isEqualTo("Course");
                assertThat(course.get("timeRequired").asText()).matches("PT\\d+H(\\d+M)?");
            }
        }
        assertThat(withLd).isBetween(live.size() * 80 / 100, live.size() * 95 / 100);
        assertThat(labelCounts(pages).keySet()).contains("study area", "duration", "campus", "credit/recognition", "aqf relation",
                "assessment", "learning outcomes", "industry recognition", "start dates");
    }

    @Test
    void hkqrEnglishAndChinesePagesCarryTheirLabels() {
        List<TruthRecord> live = sb.truth().source("hkqr").live();
        Set<String> statuses = new HashSet<>();
        boolean ongoing = false;
        int chinese = 0;
        for (TruthRecord r : live) {
            String path = ConditionalGetIT.detailPath(sb, "hkqr", r.id());
            Map<String, String> l = Labels.rows(Http.page(URI.create(sb.baseUri() + path)), "table.qr-detail tr");
            assertThat(l.get("qr registration no.")).isEqualTo(r.id());
            assertThat(l.get("qualification title")).isNotBlank();
            assertThat(l.get("qf level")).matches("[1-7]");
            assertThat(r.id()).endsWith("/L" + l.get("qf level"));
            assertThat(Integer.parseInt(l.get("qf credit"))).isBetween(1, 59);
            assertThat(l.get("registration validity period")).matches("\\d{2}/\\d{2}/\\d{4} - (On-going|\\d{2}/\\d{2}/\\d{4})");
            ongoing |= l.get("registration validity period").endsWith("On-going");
            assertThat(l.get("registration status")).isEqualTo(r.sourceStatus());
            statuses.add(l.get("registration status"));
            assertThat(l.get("area of study and training")).isNotBlank();
            if (chinese++ % 4 == 0) {
                Map<String, String> z = Labels.rows(Http.page(URI.create(sb.baseUri() + path.replace("hkqr-en", "hkqr-tc"))), "table.qr-detail tr");
                assertThat(z.get("資歷名冊登記號碼")).isEqualTo(r.id());
                assertThat(Labels.any(z, "資歷名稱", "資歷名稱（中文）")).matches(".*[\\u4e00-\\u9fff].*");
                assertThat(z).containsKeys("資歷級別", "資歷學分", "營辦者", "登記有效期", "登記狀態", "學習成果");
                assertThat(z.containsKey("資歷名稱（英文）")).as("English title row unless Chinese-only").isEqualTo(r.languages().contains("en"));
            }
        }
        assertThat(statuses).containsExactlyInAnyOrder("Current", "Upcoming", "Archived");
        assertThat(ongoing).isTrue();
    }

    @Test
    void colFeedRecordsAreValidColRecords() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (TruthRecord r : sb.truth().source("col-feed").live()) {
            JsonNode node = json.readTree(Http.get(URI.create(sb.baseUri() + "/col-feed/col/v1/records/" + r.id())).body());
            Validation v = ColValidator.validate(node);
            assertThat(v.problems()).as(r.id()).isEmpty();
            assertThat(v.record().id()).isEqualTo(r.id());
            assertThat(v.record().status()).isEqualTo(r.status());
        }
    }
}
