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

        addText(doc, TITLE, stated(record.title()));
        List<Text> body = stated(record.description());
        body.addAll(learningOutcomes(record));
        if (record.skills() != null) {
            for (Skill s : record.skills()) {
                if (s != null && s.label() != null) {
                    body.add(new Text(s.label(), null));
                }
            }
        }
        addText(doc, TEXT, body);
        if (record.awardingBody() != null && record.awardingBody().name() != null) {
            addText(doc, PROVIDER, List.of(new Text(record.awardingBody().name(), null)));
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

    /** A text of the record and the language the record states it is in (a BCP 47 tag), or null. */
    private record Text(String text, String language) {
    }

    /**
     * Each text under the analyses of its language ({@link RecordAnalyzers#analysesFor(CharSequence, String)}).
     * A group's Chinese text in the other script (HKQR states it in both) whose Simplified rendering is
     * one already analysed gives the same {@code cjk} tokens again, and is not analysed twice there.
     */
    private static void addText(Document doc, String group, List<Text> texts) {
        List<String> renderedHan = null;
        for (Text t : texts) {
            String text = t.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            for (String analysis : RecordAnalyzers.analysesFor(text, t.language())) {
                if (analysis.equals(RecordAnalyzers.CJK)) {
                    String rendering = SimplifiedHanFilter.simplifiedRendering(text);
                    if (renderedHan == null) {
                        renderedHan = new ArrayList<>(4);
                    } else if (renderedHan.contains(rendering)) {
                        continue;
                    }
                    renderedHan.add(rendering);
                }
                doc.add(new TextField(RecordAnalyzers.field(group, analysis), text, Field.Store.NO));
            }
        }
    }

    /**
     * The learning outcomes in every language published; or, when that is all the record has, those
     * of its first language, which is its title's first (both come from the registry's main page).
     */
    private static List<Text> learningOutcomes(ColRecord record) {
        List<Text> out = new ArrayList<>();
        if (record.learningOutcomesByLanguage() != null && !record.learningOutcomesByLanguage().isEmpty()) {
            record.learningOutcomesByLanguage().forEach((language, list) -> {
                if (list != null) {
                    list.forEach(o -> out.add(new Text(o, language)));
                }
            });
        } else if (record.learningOutcomes() != null) {
            String first = record.title() == null || record.title().isEmpty() ? null : record.title().keySet().iterator().next();
            record.learningOutcomes().forEach(o -> out.add(new Text(o, first)));
        }
        return out;
    }

    private static List<Text> stated(Map<String, String> languageMap) {
        List<Text> out = new ArrayList<>();
        if (languageMap != null) {
            languageMap.forEach((language, text) -> out.add(new Text(text, language)));
        }
        return out;
    }

    /** Epoch microseconds: finer than the millis of most sources, coarse enough for a long. */
    public static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
    }

    public static Instant fromMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }
}
