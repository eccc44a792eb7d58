package org.mcfed.col.data;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataTableTest {

    private static DataTable parse(String csv, String... required) throws IOException {
        return DataTable.parse("t.csv", new StringReader(csv), required);
    }

    @Test
    void quotedCellsKeepCommasQuotesAndTheSourceColumn() throws IOException {
        DataTable t = parse("label,source\n\"Arts, Design and \"\"Performing\"\" Arts\",\"UIS, 2014\"\n");
        assertThat(t.rows().get(0).get("label")).isEqualTo("Arts, Design and \"Performing\" Arts");
        assertThat(t.rows().get(0).get("source")).isEqualTo("UIS, 2014");
    }

    @Test
    void commentsBlankLinesAndAByteOrderMarkAreSkippedAndLinesCountedInTheFile() throws IOException {
        DataTable t = parse("\uFEFF# about this file\n\n  # indented comment\ncode,source\nA,s1\n\nB,s2\n");
        assertThat(t.header()).containsExactly("code", "source");
        assertThat(t.rows()).extracting(DataTable.Row::line).containsExactly(5, 7);
        assertThat(t.rows()).extracting(r -> r.get("code")).containsExactly("A", "B");
    }

    @Test
    void columnsAreAddressedByHeaderNameWhateverTheirOrderAndBlankCellsReadAsNull() throws IOException {
        DataTable t = parse("source, note ,code\ns, ,X\n");
        assertThat(t.rows().get(0).get("code")).isEqualTo("X");
        assertThat(t.rows().get(0).get("note")).isNull();
        assertThat(t.rows().get(0).text("note")).isEmpty();
        assertThat(t.rows().get(0).get("absent")).isNull();
    }

    @Test
    void aRowWithoutSourceIsRejectedNamingFileAndLine() {
        assertThatThrownBy(() -> parse("name,source,note\nA,x,\nB,,missing source\n"))
                .hasMessageContaining("t.csv line 3").hasMessageContaining("'source'");
    }

    @Test
    void aHeaderWithoutSourceOrARequiredColumnIsRejectedNamingTheColumn() {
        assertThatThrownBy(() -> parse("name,framework\nX,Y\n")).hasMessageContaining("t.csv").hasMessageContaining("'source' column");
        assertThatThrownBy(() -> parse("name,source\nX,Y\n", "name", "level")).hasMessageContaining("'level' column");
        assertThatThrownBy(() -> parse("# only a comment\n")).hasMessageContaining("t.csv: no header row");
    }

    @Test
    void raggedRowsAndUnterminatedQuotesAreRejectedNamingFileAndLine() {
        assertThatThrownBy(() -> parse("name,source\nX,Y,Z\n")).hasMessageContaining("t.csv line 2").hasMessageContaining("3 cells");
        assertThatThrownBy(() -> parse("name,source\n\"X,Y\n")).hasMessageContaining("t.csv line 2: unterminated quote");
    }

    @Test
    void aRequiredCellAndTheCallersOwnCheckNameFileAndLine() throws IOException {
        DataTable.Row row = parse("# c\nname,level,source\nX,,s\n").rows().get(0);
        assertThatThrownBy(() -> row.require("level")).hasMessage("t.csv line 3: empty 'level'");
        assertThat(row.problem("level 9 is unknown")).hasMessage("t.csv line 3: level 9 is unknown");
    }

    @Test
    void filesLoadFromTheClassPathRootOrBesideAClassAndAMissingFileIsNamed() {
        assertThat(DataTable.load("pipeline/topics.csv", "topic").rows()).isNotEmpty();
        DataTable beside = DataTable.load(DataTableTest.class, "beside-owner.csv", "kind", "value");
        assertThat(beside.rows().get(0).get("value")).isEqualTo("Current");
        assertThatThrownBy(() -> DataTable.load(DataTableTest.class, "nowhere.csv")).hasMessageContaining("nowhere.csv");
    }
}
