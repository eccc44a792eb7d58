package org.mcfed.connector.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelledValuesTest {

    @Test
    void findsDefinitionListValuesByLabelInAnyCaseSpacingAndOrderWithOptionalColon() {
        Document doc = Jsoup.parse("""
                <dl class="mc-details">
                  <dt>  CREDIT&nbsp;value: </dt><dd> 15 </dd>
                  <dt>Unknown row</dt><dd>ignored</dd>
                  <dt>Title</dt><dd>Te reo M&#257;ori   for&nbsp;the
                     workplace</dd>
                </dl>""");
        LabelledValues values = LabelledValues.ofDefinitionList(doc.selectFirst("dl"));

        assertThat(values.text("Credits", "Credit value")).isEqualTo("15");
        assertThat(values.text("title")).isEqualTo("Te reo Māori for the workplace");
        assertThat(values.text("Level")).isNull();
        assertThat(values.labels()).containsExactly("credit value", "unknown row", "title");
    }

    @Test
    void readsTwoColumnTablesWithoutDescendingIntoNestedTables() {
        Document doc = Jsoup.parse("""
                <table><tr><td class="label">Duration of Study</td><td>
                  <table><tr><td>Semester</td><td>Min 2</td></tr></table></td></tr>
                <tr><td class="label">NEC Field (National Education Code):</td><td>0613 - Software</td></tr>
                <tr><td class="label">Semester</td><td>outer</td></tr></table>""");
        LabelledValues values = LabelledValues.ofTableRows(doc.selectFirst("table"));

        assertThat(values.text("Semester")).isEqualTo("outer");
        assertThat(values.text("NEC Field (National Education Code)")).isEqualTo("0613 - Software");
        assertThat(values.text("NEC Field")).as("a parenthesised note is optional").isEqualTo("0613 - Software");
    }

    @Test
    void listsItemsFromListElementsParagraphsOrPlainText() {
        Document doc = Jsoup.parse("""
                <dl><dt>Outcomes</dt><dd><ul><li> One </li><li></li><li>Two &amp; three</li></ul></dd>
                <dt>Purpose</dt><dd><p>First.</p><p>Second.</p></dd>
                <dt>Pathways</dt><dd>Plain</dd><dt>Empty</dt><dd> &nbsp; </dd></dl>""");
        LabelledValues values = LabelledValues.ofDefinitionList(doc.selectFirst("dl"));

        assertThat(values.items("outcomes")).containsExactly("One", "Two & three");
        assertThat(values.items("Purpose")).containsExactly("First.", "Second.");
        assertThat(values.items("Pathways")).containsExactly("Plain");
        assertThat(values.items("Empty")).isEmpty();
        assertThat(values.text("Empty")).isNull();
        assertThat(values.items("missing")).isEmpty();
    }

    @Test
    void firstOccurrenceOfARepeatedLabelWins() {
        Document doc = Jsoup.parse("<dl><dt>Status</dt><dd>Current</dd><dt>status:</dt><dd>Expired</dd></dl>");
        assertThat(LabelledValues.ofDefinitionList(doc.selectFirst("dl")).text("Status")).isEqualTo("Current");
    }

    @Test
    void labelsPastTheKeyCacheBoundAndLabelsSeenBeforeReadAsTheFirstTime() {
        StringBuilder dl = new StringBuilder("<dl>");
        for (int i = 0; i < 5000; i++) {
            dl.append("<dt> Label&nbsp;").append(i).append(i % 2 == 0 ? ":" : " (note)").append("</dt><dd>v").append(i).append("</dd>");
        }
        String page = dl.append("</dl>").toString();
        for (int pass = 0; pass < 2; pass++) { // the second page's labels are all known, or past the bound
            LabelledValues values = LabelledValues.ofDefinitionList(Jsoup.parse(page).selectFirst("dl"));
            assertThat(values.labels()).hasSize(5000).startsWith("label 0", "label 1 (note)");
            assertThat(values.text("label 0")).isEqualTo("v0");
            assertThat(values.text("LABEL 4999")).as("stem of the last label").isEqualTo("v4999");
            assertThat(values.exactText("label 4998")).isEqualTo("v4998");
        }
    }
}
