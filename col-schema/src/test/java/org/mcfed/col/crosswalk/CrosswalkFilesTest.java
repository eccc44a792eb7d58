package org.mcfed.col.crosswalk;

import org.mcfed.col.data.DataTable;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CrosswalkFilesTest {

    @Test
    void everyCrosswalkFileLoadsWithAHeaderAndASourceOnEveryRow() {
        for (String resource : Crosswalks.RESOURCES) {
            DataTable table = DataTable.load(resource);
            assertThat(table.header()).as(resource).contains("source");
            assertThat(table.rows()).as(resource).isNotEmpty();
            for (DataTable.Row row : table.rows()) {
                assertThat(row.get("source")).as(resource + " line " + row.line()).isNotBlank();
            }
        }
        assertThat(Crosswalks.standard()).isNotNull();
    }

    @Test
    void everyFileUnderCrosswalksIsListedSoNoneEscapesTheChecks() throws Exception {
        java.net.URL dir = getClass().getClassLoader().getResource("crosswalks");
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(dir.toURI()))) {
            assertThat(files.map(p -> "crosswalks/" + p.getFileName())).containsExactlyInAnyOrderElementsOf(Crosswalks.RESOURCES);
        }
    }

    @Test
    void lookupKeysIgnoreCaseSpacingDiacriticsAndAmpersands() {
        assertThat(LookupKey.of("  Te Reo  MĀORI ")).isEqualTo(LookupKey.of("te reo maori"));
        assertThat(LookupKey.of("Arts, Design & Performing Arts")).isEqualTo(LookupKey.of("arts design and performing arts"));
        assertThat(LookupKey.of("網絡安全")).isEqualTo("網絡安全");
        assertThat(LookupKey.of("   ")).isNull();
    }
}
