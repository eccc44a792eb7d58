package org.mcfed.index.feed.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevelFrameworksTest {

    @Test
    void aFrameworkOfTheDataFileHasItsPageAndAnUnknownOneNone() {
        assertThat(LevelFrameworks.url("NZQCF")).hasValueSatisfying(u -> assertThat(u).startsWith("https://").contains("nzqa.govt.nz"));
        assertThat(LevelFrameworks.url("ISCED 2011")).hasValueSatisfying(u -> assertThat(u).contains("unesco"));
        assertThat(LevelFrameworks.url("No Such Framework")).isEmpty();
        assertThat(LevelFrameworks.url(null)).isEmpty();
    }
}
