package org.mcfed.col.crosswalk;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrosswalkFilesTest {

    @Test
    void everyCrosswalkFileLoadsWithAHeaderAndASourceOnEveryRow() {
        for (String resource : Crosswalks.RESOURCES) {
            CrosswalkTable table = CrosswalkTable.load(resource);
            assertThat(table.header()).as(resource).contains("source");
            assertThat(table.rows()).as(resource).isNotEmpty();
            for (CrosswalkTable.Row row : table.rows()) {
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
    void aRowWithoutSourceIsRejectedNamingFileAndLine() {
        String csv = "name,framework,source,note\nNZQCF,NZQCF,NZQA,\nMQF,MQF,,missing source\n";
        assertThatThrownBy(() -> CrosswalkTable.parse("test.csv", new BufferedReader(new StringReader(csv))))
                .hasMessageContaining("test.csv line 3").hasMessageContaining("source");
    }

    @Test
    void aFileWithoutSourceColumnOrWithRaggedRowsIsRejected() {
        assertThatThrownBy(() -> CrosswalkTable.parse("a.csv", new BufferedReader(new StringReader("name,framework\nX,Y\n"))))
                .hasMessageContaining("'source' column");
        assertThatThrownBy(() -> CrosswalkTable.parse("b.csv", new BufferedReader(new StringReader("name,source\nX,Y,Z\n"))))
                .hasMessageContaining("b.csv line 2");
    }

    @Test
    void quotedCellsKeepCommasAndQuotes() throws Exception {
        CrosswalkTable t = CrosswalkTable.parse("c.csv", new BufferedReader(new StringReader(
                "# comment\nlabel,source\n\"Arts, Design and \"\"Performing\"\" Arts\",\"UIS, 2014\"\n")));
        assertThat(t.rows().get(0).get("label")).isEqualTo("Arts, Design and \"Performing\" Arts");
        assertThat(t.rows().get(0).get("source")).isEqualTo("UIS, 2014");
    }

    @Test
    void lookupKeysIgnoreCaseSpacingDiacriticsAndAmpersands() {
        assertThat(LookupKey.of("  Te Reo  MĀORI ")).isEqualTo(LookupKey.of("te reo maori"));
        assertThat(LookupKey.of("Arts, Design & Performing Arts")).isEqualTo(LookupKey.of("arts design and performing arts"));
        assertThat(LookupKey.of("網絡安全")).isEqualTo("網絡安全");
        assertThat(LookupKey.of("   ")).isNull();
    }
}
