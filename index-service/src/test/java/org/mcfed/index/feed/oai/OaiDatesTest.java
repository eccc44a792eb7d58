package org.mcfed.index.feed.oai;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OaiDatesTest {

    @Test
    void dayBoundsCoverTheWholeDay() {
        assertThat(OaiDates.from("2025-03-01").instant()).isEqualTo(Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(OaiDates.until("2025-03-01").instant()).isEqualTo(Instant.parse("2025-03-01T23:59:59.999999999Z"));
        assertThat(OaiDates.from("2025-03-01").day()).isTrue();
    }

    @Test
    void secondBoundsCoverTheWholeSecondSinceDatestampsAreTruncated() {
        assertThat(OaiDates.from("2025-03-01T10:00:00Z").instant()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(OaiDates.until("2025-03-01T10:00:00Z").instant()).isEqualTo(Instant.parse("2025-03-01T10:00:00.999999999Z"));
        assertThat(OaiDates.until("2025-03-01T10:00:00Z").day()).isFalse();
    }

    @Test
    void otherFormsAreBadArgument() {
        for (String bad : new String[]{"2025-3-1", "2025-03-01T10:00Z", "2025-03-01T10:00:00.5Z", "2025-03-01T10:00:00+01:00", "2025-02-30", "yesterday", ""}) {
            assertThatThrownBy(() -> OaiDates.from(bad)).as(bad)
                    .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.code()).isEqualTo(OaiError.badArgument));
        }
    }

    @Test
    void datestampsAreUtcSeconds() {
        assertThat(OaiDates.datestamp(Instant.parse("2025-03-01T10:00:00.987Z"))).isEqualTo("2025-03-01T10:00:00Z");
    }
}
