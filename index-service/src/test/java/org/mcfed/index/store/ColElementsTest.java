package org.mcfed.index.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ColElementsTest {

    @Test
    void onlyStatedValuesCount() {
        JsonNode r = ColJson.mapper().valueToTree(ColRecord.builder().id("nzqa:1-1").title(Map.of("en", "T"))
                .description(Map.of()).awardingBody(new AwardingBody(null, null, null)).skills(List.of())
                .prerequisites(" ").workloadHours(0.0).build());
        assertThat(ColElements.stated(r, "title")).isTrue();
        assertThat(ColElements.stated(r, "workloadHours")).as("zero is a stated value").isTrue();
        assertThat(ColElements.stated(r, "description")).isFalse();
        assertThat(ColElements.stated(r, "awardingBody")).isFalse();
        assertThat(ColElements.stated(r, "skills")).isFalse();
        assertThat(ColElements.stated(r, "prerequisites")).isFalse();
        assertThat(ColElements.stated(r, "nqfLevel")).isFalse();
        assertThat(ColElements.ALL).startsWith("id", "title").endsWith("verification").hasSize(25);
    }
}
