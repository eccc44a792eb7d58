package org.mcfed.index.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Skill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.mcfed.index.store.IndexSchema.*;

/**
 * Turns a COL record (or a deletion) into the Lucene document of {@link IndexSchema}: full text per
 * analysis, facets, range and sort fields, and the consumed JSON stored for record detail.
 */
public final class RecordDocument {

    private RecordDocument() {
    }

    /**
     * The document of a live record.
     *
     * @param record the parsed record
     * @param json the record's JSON as consumed (stored verbatim, so fields newer than this service survive)
     * @param at the change time: the record's updatedAt, or the topic timestamp when it has none
     */
    public static Document of(ColRecord record, byte[] json, Instant at) {
        Document doc = new Document();
        addIdentity(doc, record.id(), KIND_RECORD, at, record.issuerCountry());
        doc.add(new StoredField(JSON, json));
        doc.add(new NumericDocValuesField(UPDATED, micros(record.updatedAt() == null ? at : record.updatedAt())));

        addText(doc, TITLE, languageMap(record.title()));
        List<String> body = new ArrayList<>(languageMap(record.description()));
        body.addAll(learningOutcomes(record));
        if (record.skills() != null) {
            for (Skill s : record.skills()) {
                if (s != null && s.label() != null) {
                    body.add(s.label());
                }
            }
        }
        addText(doc, TEXT, body);
        if (record.awardingBody() != null && record.awardingBody().name() != null) {
            addText(doc, PROVIDER, List.of(record.awardingBody().name()));
        }

        if (record.workloadHours() != null && Double.isFinite(record.workloadHours())) {
            doc.add(new DoublePoint(HOURS, record.workloadHours()));
            doc.add(new DoubleDocValuesField(HOURS, record.workloadHours()));
        }
        if (record.cost() != null && record.cost().amount() != null && Double.isFinite(record.cost().amount())) {
            doc.add(new DoublePoint(COST, record.cost().amount()));
            doc.add(new DoubleDocValuesField(COST, record.cost().amount()));
        }
        SourceTallies.addTo(doc, record);
        for (FacetDim dim : FacetDim.values()) {
            for (String value : dim.valuesOf(record)) {
                doc.add(new SortedSetDocValuesFacetField(dim.param(), value));
            }
        }
        try {
            return facetsConfig().build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The marker kept for a deleted record so feeds can report the deletion; never matched by search. */
    public static Document deletion(String id, Instant at, String lastCountry) {
        Document doc = new Document();
        addIdentity(doc, id, KIND_DELETED, at, lastCountry);
        return doc;
    }

    private static void addIdentity(Document doc, String id, String kind, Instant at, String country) {
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID_SORT, new BytesRef(id)));
        doc.add(new StringField(KIND, kind, Field.Store.YES));
        long atMicros = micros(at);
        doc.add(new LongPoint(AT, atMicros));
        doc.add(new NumericDocValuesField(AT, atMicros));
        doc.add(new StoredField(AT, atMicros));
        if (country != null && !country.isBlank()) {
            doc.add(new StringField(COUNTRY, country.strip().toUpperCase(Locale.ROOT), Field.Store.YES));
        }
    }

    private static void addText(Document doc, String group, List<String> texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String analysis : RecordAnalyzers.analysesFor(text)) {
                doc.add(new TextField(RecordAnalyzers.field(group, analysis), text, Field.Store.NO));
            }
        }
    }

    /** The learning outcomes in every language published, or the record's first language only when that is all it has. */
    private static List<String> learningOutcomes(ColRecord record) {
        List<String> out = new ArrayList<>();
        if (record.learningOutcomesByLanguage() != null && !record.learningOutcomesByLanguage().isEmpty()) {
            record.learningOutcomesByLanguage().values().forEach(list -> {
                if (list != null) {
                    out.addAll(list);
                }
            });
        } else if (record.learningOutcomes() != null) {
            out.addAll(record.learningOutcomes());
        }
        return out;
    }

    private static List<String> languageMap(Map<String, String> map) {
        return map == null ? List.of() : new ArrayList<>(map.values());
    }

    /** Epoch microseconds: finer than the millis of most sources, coarse enough for a long. */
    public static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    public static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }
}
