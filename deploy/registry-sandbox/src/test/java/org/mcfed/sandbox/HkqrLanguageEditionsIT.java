package org.mcfed.sandbox;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.truth.TruthRecord;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HKQR in three editions over HTTP: the Simplified page ({@code hkqr-sc}) is the Traditional one row
 * for row in Simplified characters; Chinese-only qualifications (about 8 %) show their Chinese title
 * and outcomes on the English page and listing and no English title anywhere; the truth's
 * {@code languages} says which is which, and stays put across ticks.
 */
class HkqrLanguageEditionsIT {
    static RegistrySandbox sb;
    /** Traditional -> Simplified, written by hand (test resource), an oracle independent of ICU. */
    static Map<String, String> simplified;

    @BeforeAll
    static void start() throws IOException {
        sb = RegistrySandbox.builder().seed(5).scale(1.0).port(0).build().start();
        simplified = new LinkedHashMap<>();
        try (InputStream in = HkqrLanguageEditionsIT.class.getResourceAsStream("hkqr-simplified.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] p = line.split("\\|");
                    simplified.put(p[0].strip(), p[1].strip());
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    static boolean han(String s) {
        return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    static Document edition(String id, String edition) {
        return Http.page(URI.create(sb.baseUri() + ConditionalGetIT.detailPath(sb, "hkqr", id).replace("hkqr-en", edition)));
    }

    static Map<String, String> rows(Document d) {
        return Labels.rows(d, "table.qr-detail tr");
    }

    @Test
    void simplifiedPagesRepeatTheTraditionalRowsInSimplifiedCharacters() {
        Set<Integer> traditionalOnly = new HashSet<>();
        simplified.forEach((t, s) -> {
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) != s.charAt(i)) {
                    traditionalOnly.add((int) t.charAt(i));
                }
            }
        });
        List<TruthRecord> live = sb.truth().source("hkqr").live();
        int topicsChecked = 0;
        for (int i = 0; i < live.size(); i += 7) {
            String id = live.get(i).id();
            Document tcPage = edition(id, "hkqr-tc");
            Document scPage = edition(id, "hkqr-sc");
            assertThat(scPage.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
            assertThat(tcPage.selectFirst("html").attr("lang")).isEqualTo("zh-Hant");
            List<Element> tcRows = tcPage.select("table.qr-detail tr");
            List<Element> scRows = scPage.select("table.qr-detail tr");
            assertThat(scRows).as(id).hasSameSizeAs(tcRows);
            Map<String, String> sc = rows(scPage);
            assertThat(sc.get("资历名册登记号码")).isEqualTo(id);
            assertThat(sc).containsKeys("资历级别", "资历学分", "营办者", "登记有效期", "登记状态", "学习成果");
            assertThat(Labels.any(sc, "资历名称", "资历名称（中文）")).matches(".*\\p{IsHan}.*");
            assertThat(sc.containsKey("资历名称（英文）")).isEqualTo(live.get(i).languages().contains("en"));
            String tcTitle = Labels.any(rows(tcPage), "資歷名稱", "資歷名稱（中文）");
            String scTitle = Labels.any(sc, "资历名称", "资历名称（中文）");
            for (Map.Entry<String, String> e : simplified.entrySet()) {
                if (tcTitle.contains(e.getKey())) {
                    assertThat(scTitle).as(id).contains(e.getValue());
                    topicsChecked++;
                }
            }
            String scText = scPage.select("table.qr-detail").text();
            assertThat(scText.codePoints().filter(traditionalOnly::contains).mapToObj(Character::toString).collect(Collectors.joining()))
                    .as("Traditional characters left on the Simplified page of " + id).isEmpty();
            for (int r = 0; r < tcRows.size(); r++) {
                String tcValue = tcRows.get(r).child(1).text();
                if (!han(tcValue)) {
                    assertThat(scRows.get(r).child(1).text()).as("a value without Chinese stays as it is").isEqualTo(tcValue);
                }
            }
        }
        assertThat(topicsChecked).isGreaterThan(100);
    }

    @Test
    void chineseOnlyEntriesShowNoEnglishTitleOnAnyEditionAndTheTruthSaysSo() {
        List<TruthRecord> live = sb.truth().source("hkqr").live();
        int chineseOnly = 0;
        for (TruthRecord r : live) {
            Map<String, String> en = rows(edition(r.id(), "hkqr-en"));
            String title = en.get("qualification title");
            boolean chinese = han(title);
            assertThat(r.languages()).as(r.id())
                    .isEqualTo(chinese ? List.of("zh-Hant", "zh-Hans") : List.of("en", "zh-Hant", "zh-Hans"));
            if (!chinese) {
                continue;
            }
            chineseOnly++;
            assertThat(en).as(r.id()).doesNotContainKey("qualification title (chinese)");
            assertThat(en.get("learning outcomes")).as("outcomes in Chinese").matches("[^A-Za-z]*\\p{IsHan}[^A-Za-z]*");
            assertThat(en.get("qf level")).matches("[1-7]");
            Map<String, String> tc = rows(edition(r.id(), "hkqr-tc"));
            assertThat(tc).doesNotContainKey("資歷名稱（英文）");
            assertThat(Labels.any(tc, "資歷名稱", "資歷名稱（中文）")).isEqualTo(title);
            assertThat(tc.get("學習成果")).isEqualTo(en.get("learning outcomes"));
            Map<String, String> sc = rows(edition(r.id(), "hkqr-sc"));
            assertThat(sc).doesNotContainKey("资历名称（英文）");
            assertThat(Labels.any(sc, "资历名称", "资历名称（中文）")).isNotEqualTo(title).matches("\\p{IsHan}+");
        }
        assertThat(chineseOnly).as("about 8 % of " + live.size()).isBetween(live.size() * 5 / 100, live.size() * 11 / 100);
    }

    @Test
    void listingShowsTheChineseTitleOfChineseOnlyEntries() {
        Map<String, List<String>> languages = TruthLanguages.byId(sb, "hkqr");
        List<Document> pages = Listings.walk(URI.create(sb.baseUri() + sb.site("hkqr").entryPage()), "a.next", 200);
        int rows = 0;
        for (Document d : pages) {
            for (Element tr : d.select("#qr-result tr:has(td)")) {
                String id = tr.child(0).text();
                String title = tr.child(1).text();
                assertThat(han(title)).as(id + " " + title).isEqualTo(!languages.get(id).contains("en"));
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(3000);
    }

    @Test
    void chineseOnlyIsStableAcrossRevisions() {
        TruthLanguages.assertStableAcrossTicks(5, "hkqr");
    }
}
