package org.mcfed.index.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.SampleRecords;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A record's facet drill-down terms are its full paths, the only terms a filter reads. */
class FacetTermsTest {

    @Test
    void drillDownTermsAreTheFullPathsOfTheRecordsFacetValues() {
        ColRecord record = SampleRecords.hkqrDataAnalytics();
        Document doc = RecordDocument.of(record, ColJson.writeBytes(record), record.updatedAt());

        List<String> expected = new ArrayList<>();
        for (FacetDim dim : FacetDim.values()) {
            for (String value : dim.valuesOf(record)) {
                expected.add(FacetsConfig.pathToString(dim.param(), new String[] {value}));
            }
        }
        List<String> indexed = new ArrayList<>();
        for (IndexableField f : doc.getFields(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)) {
            if (f.fieldType().indexOptions() != IndexOptions.NONE) {
                indexed.add(f.stringValue());
            }
        }
        assertThat(expected).hasSizeGreaterThan(5);
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(expected);
    }
}
