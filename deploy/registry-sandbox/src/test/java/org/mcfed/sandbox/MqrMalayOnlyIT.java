package org.mcfed.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.truth.TruthRecord;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MQR in two languages over HTTP: every micro-credential has a full Malay page (Malay title and
 * outcomes); about 10 % are Malay-only, recognisable as a connector would (the English page's title
 * equals the Malay page's, compared case-, space- and punctuation-insensitively), and the truth's
 * {@code languages} agrees record by record and across ticks.
 */
class MqrMalayOnlyIT {
    static RegistrySandbox sb;

    @BeforeAll
    static void start() {
        sb = RegistrySandbox.builder().seed(8).scale(1.0).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    static String comparable(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", "");
    }

    static Map<String, String> page(String id, boolean malay) {
        String path = ConditionalGetIT.detailPath(sb, "mqa", id);
        return Labels.rows(Http.page(URI.create(sb.baseUri() + (malay ? path.replace("/mqr/english/", "/mqr/") : path))),
                "table tr:has(td.label)");
    }

    @Test
    void malayOnlyRecordsShowMalayOnTheEnglishPageAndTheTruthSaysSo() {
        List<TruthRecord> live = sb.truth().source("mqa").live();
        int malayOnly = 0;
        int titleVariants = 0;
        for (TruthRecord r : live) {
            Map<String, String> en = page(r.id(), false);
            Map<String, String> ms = page(r.id(), true);
            String msTitle = ms.get("nama kelayakan");
            assertThat(msTitle).as(r.id()).startsWith("Mikrokredensial ");
            assertThat(ms.get("hasil pembelajaran")).as("Malay outcomes").containsPattern("^Meng|^Mem|^Men");
            boolean same = comparable(en.get("name of qualification")).equals(comparable(msTitle));
            assertThat(r.languages()).as(r.id()).isEqualTo(same ? List.of("ms") : List.of("en", "ms"));
            if (!same) {
                assertThat(en.get("learning outcomes")).as("English outcomes").isNotEqualTo(ms.get("hasil pembelajaran"));
                continue;
            }
            malayOnly++;
            if (!en.get("name of qualification").equals(msTitle)) {
                titleVariants++;
            }
            assertThat(en.get("learning outcomes")).as(r.id()).isEqualTo(ms.get("hasil pembelajaran"));
            if (en.containsKey("language of instruction")) {
                assertThat(en.get("language of instruction")).isEqualTo("Bahasa Melayu");
                assertThat(ms.get("bahasa pengantar")).isEqualTo("Bahasa Melayu");
            }
            assertThat(en.get("reference no.")).isEqualTo(r.id());
            assertThat(en.get("mqf level")).matches("(Level )?[1-8]");
        }
        assertThat(malayOnly).as("about 10 % of " + live.size()).isBetween(live.size() * 6 / 100, live.size() * 14 / 100);
        assertThat(titleVariants).as("some English pages print the Malay title in another case or punctuation").isPositive();
    }

    @Test
    void listingShowsTheMalayTitleOfMalayOnlyRecords() {
        Map<String, List<String>> languages = TruthLanguages.byId(sb, "mqa");
        int micro = 0;
        for (var d : Listings.walk(URI.create(sb.baseUri() + sb.site("mqa").entryPage()), "a:contains(Next 25 Records)", 100)) {
            for (var tr : d.select("tr:has(td)")) {
                if (!tr.child(2).text().equals("Micro-credential")) {
                    continue;
                }
                String query = URI.create(tr.selectFirst("a").attr("abs:href")).getRawQuery();
                String ref = URLDecoder.decode(query.replaceAll("^NoRujA=([^&]*)&.*", "$1"), StandardCharsets.UTF_8);
                String title = tr.child(1).text();
                assertThat(title.toLowerCase(Locale.ROOT).startsWith("mikrokredensial")).as(ref + " " + title)
                        .isEqualTo(languages.get(ref).equals(List.of("ms")));
                micro++;
            }
        }
        assertThat(micro).isEqualTo(languages.size());
    }

    @Test
    void malayOnlyIsStableAcrossRevisions() {
        TruthLanguages.assertStableAcrossTicks(8, "mqa");
    }
}
