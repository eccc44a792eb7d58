package org.mcfed.index.feed.export;

import org.junit.jupiter.api.Test;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.NqfLevel;

import java.io.StringWriter;
import java.time.Instant;
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
        assertThat(lines[1]).startsWith("mqa:MQA/SWA 0123,\"Programming \"\"basics\"\"\",en,,MY,,80,MQF,4,");
        assertThat(lines[1]).contains(",online|blended,").contains(",0,MYR,").endsWith(",2025-03-01T10:00:00Z");
        assertThat(lines[2]).isEmpty();
        assertThat(lines[1].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)).hasSize(CsvColumns.ALL.size());
    }
}
