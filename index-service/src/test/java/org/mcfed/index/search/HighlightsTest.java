package org.mcfed.index.search;

import org.junit.jupiter.api.Test;
import org.mcfed.col.record.ColRecord;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTest {

    private static Map<String, String> mark(String q, ColRecord r) {
        return Highlights.of(TextQuery.build(UserQuery.parse(q), true)).mark(r);
    }

    @Test
    void marksExactStemmedFuzzyPrefixAndChineseMatchesAndEscapesTheRest() {
        ColRecord r = ColRecord.builder().id("x:1")
                .title(Map.of("en", "R&D <b>Data</b> Analytics for \"Managers\""))
                .description(Map.of("en", "Managing analytical dashboards. ".repeat(20) + "Late mention of cybersecurity."))
                .build();
        assertThat(mark("data", r).get("title")).isEqualTo("R&amp;D &lt;b&gt;<em>Data</em>&lt;/b&gt; Analytics for &quot;Managers&quot;");
        assertThat(mark("analytcs", r).get("title")).contains("<em>Analytics</em>");          // one edit
        assertThat(mark("manager", r).get("title")).contains("<em>Managers</em>");            // stemmed
        assertThat(mark("cyber*", r).get("description")).startsWith("… ").contains("<em>cybersecurity</em>");
        assertThat(mark("nothing", r)).isEmpty();

        ColRecord zh = ColRecord.builder().id("x:2").title(Map.of("zh-Hant", "商業數據分析證書")).build();
        assertThat(mark("数据分析", zh).get("title")).isEqualTo("商業<em>數據分析</em>證書");
    }
}
