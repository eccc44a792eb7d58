package org.mcfed.index.feed.export;

import org.junit.jupiter.api.Test;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.NqfLevel;

import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatNeedsQuotingAndDoublesQuotes() {
        assertThat(CsvWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvWriter.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field(null)).isEmpty();
        assertThat(CsvWriter.field(150.0)).isEqualTo("150");
        assertThat(CsvWriter.field(0.875)).isEqualTo("0.875");
        assertThat(CsvWriter.field(1.0E7)).isEqualTo("10000000");
    }

    @Test
    void writesAHeaderAndOneLinePerRecordWithCrlf() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.header();
        csv.record(ColRecord.builder().id("mqa:MQA/SWA 0123").title(Map.of("ms", "Pengaturcaraan, asas", "en", "Programming \"basics\""))
                .issuerCountry("MY").workloadHours(80.0).nqfLevel(new NqfLevel("MQF", "4"))
                .modeOfLearning(List.of("online", "blended")).cost(new Cost(0.0, "MYR"))
                .updatedAt(Instant.parse("2025-03-01T10:00:00Z")).build());
        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("id,title,title.lang,description,issuerCountry,");
        assertThat(lines[1]).startsWith("mqa:MQA/SWA 0123,\"Programming \"\"basics\"\"\",en,,MY,,,,80,MQF,4,");
        assertThat(lines[1]).contains(",online|blended,").contains(",0,MYR,").contains(",2025-03-01T10:00:00Z,");
        assertThat(lines[2]).isEmpty();
        assertThat(lines[1].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).hasSize(CsvColumns.ALL.size());
    }

    @Test
    void keepsEveryLanguageOfTitleDescriptionAndOutcomes() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.header();
        Map<String, String> title = new LinkedHashMap<>();
        title.put("en", "Professional Certificate in Cyber Security");
        title.put("zh-Hant", "網絡安全專業證書");
        title.put("zh-Hans", "网络安全专业证书");
        title.put("mi", "Tiwhikete Haumaru Ipurangi");
        title.put("fil", "Sertipiko sa Seguridad");
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        outcomes.put("en", List.of("Identify threats", "Configure firewalls | IDS"));
        outcomes.put("zh-Hant", List.of("識別威脅"));
        outcomes.put("mi", List.of("Tautohu", "Whakarite"));
        csv.record(ColRecord.builder().id("hkqr:22/000567/L4").title(title).description(Map.of("ms", "Keselamatan siber"))
                .learningOutcomes(outcomes.get("en")).learningOutcomesByLanguage(outcomes).build());
        csv.record(ColRecord.builder().id("nzqa:1-1").title(Map.of("en", "Barista Skills"))
                .learningOutcomes(List.of("Make coffee", "Clean \\ the machine")).build());

        List<List<String>> rows = Rfc4180.parse(out.toString());
        List<String> header = rows.get(0);
        List<String> hk = rows.get(1);
        assertThat(hk.get(header.indexOf("title.en"))).isEqualTo("Professional Certificate in Cyber Security");
        assertThat(hk.get(header.indexOf("title.zh-Hant"))).isEqualTo("網絡安全專業證書");
        assertThat(hk.get(header.indexOf("title.zh-Hans"))).isEqualTo("网络安全专业证书");
        assertThat(hk.get(header.indexOf("title.ms"))).isEmpty();
        assertThat(hk.get(header.indexOf("title.other"))).isEqualTo("mi=Tiwhikete Haumaru Ipurangi|fil=Sertipiko sa Seguridad");
        assertThat(hk.get(header.indexOf("description.ms"))).isEqualTo("Keselamatan siber");
        assertThat(hk.get(header.indexOf("learningOutcomes.en"))).isEqualTo("Identify threats|Configure firewalls \\| IDS");
        assertThat(hk.get(header.indexOf("learningOutcomes.zh-Hant"))).isEqualTo("識別威脅");
        assertThat(hk.get(header.indexOf("learningOutcomes.other"))).isEqualTo("mi=Tautohu|mi=Whakarite");
        List<String> nz = rows.get(2);
        assertThat(nz.get(header.indexOf("learningOutcomes.other"))).as("outcomes of an unstated language")
                .isEqualTo("und=Make coffee|und=Clean \\\\ the machine");
        assertThat(nz.get(header.indexOf("learningOutcomes.en"))).isEmpty();
    }
}
