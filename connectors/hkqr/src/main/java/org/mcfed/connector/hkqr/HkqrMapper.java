package org.mcfed.connector.hkqr;

import org.mcfed.col.crosswalk.Crosswalks;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.Quality;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.col.record.Stackability;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.mapping.SourceVocabulary;
import org.mcfed.connector.mapping.StatedLevel;
import org.mcfed.connector.mapping.StatedNumber;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An HKQR record to a COL draft: title and learning outcomes in every language published (English,
 * Traditional and Simplified Chinese, the Simplified converted from the Traditional where the harvest did not read
 * it; {@code learningOutcomes} in the record's first language), HKQF
 * level and QF credit, registration status and validity, mode of learning and stackability from the
 * CAT type as {@code vocabulary.csv} reads them, the Area of Study and Training as the field of
 * education. HKQR states no language of instruction, so {@code languages} is derived from the
 * languages the qualification is published in, and listed in {@code quality.derived}. What the page
 * does not state stays null; hours from credits, ISCED level and ISCED-F are then derived by
 * {@link ColEnrichment} through the col-schema crosswalks (and listed in {@code quality.derived}).
 */
public final class HkqrMapper implements Mapper {

    static final String FRAMEWORK = "HKQF";
    static final String FIELD_SCHEME = "HKQR-AoST";
    static final String QA_TYPE = "HKQR registration";
    /** The vocabulary kind mapping a published language (BCP 47) to ISO 639-3. */
    private static final String PUBLISHED_IN = "publishedIn";
    private static final String LANGUAGES_FIELD = "languages";
    private static final String TITLE_FIELD = "title";
    private static final String OUTCOMES_FIELD = "learningOutcomesByLanguage";
    private static final String TRADITIONAL = "zh-Hant";
    private static final String SIMPLIFIED = "zh-Hans";

    private static final SourceVocabulary VOCABULARY = SourceVocabulary.load(HkqrMapper.class, "vocabulary.csv");

    private final Crosswalks crosswalks = Crosswalks.standard();

    @Override
    public ColRecord map(RawRecord raw) throws MappingException {
        if (raw.localId() == null || raw.localId().isBlank()) {
            throw new MappingException(List.of(new MappingException.Reason("id", "no QR registration number")));
        }
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        for (String language : HkqrField.LANGUAGES) {
            putIfPresent(title, language, raw.first(HkqrField.title(language)));
            List<String> stated = raw.all(HkqrField.learningOutcomes(language));
            if (!stated.isEmpty()) {
                outcomes.put(language, List.copyOf(stated));
            }
        }
        if (title.isEmpty()) {
            throw new MappingException(List.of(new MappingException.Reason("title",
                    "no Qualification Title in English or Chinese on " + raw.url())));
        }
        List<String> languages = publishedIn(title, outcomes);
        List<String> derived = new ArrayList<>();
        if (languages != null) {
            derived.add(LANGUAGES_FIELD);
        }
        simplifiedFromTraditional(title, outcomes, derived);
        HkqrValues.Period validity = HkqrValues.period(raw.first(HkqrField.VALIDITY));
        ColRecord.Builder draft = ColRecord.builder()
                .id(idOf(raw))
                .title(title)
                .issuerCountry(crosswalks.countries().iso3166(raw.first(HkqrField.AWARDING_BODY_COUNTRY)))
                .awardingBody(AwardingBody.named(raw.first(HkqrField.AWARDING_BODY)))
                .nqfLevel(StatedLevel.in(FRAMEWORK, raw.first(HkqrField.QF_LEVEL)))
                .learningOutcomes(firstLanguage(title, outcomes))
                .learningOutcomesByLanguage(outcomes.isEmpty() ? null : outcomes)
                .prerequisites(raw.first(HkqrField.ENTRY_REQUIREMENTS))
                .status(VOCABULARY.map(HkqrField.STATUS, raw.first(HkqrField.STATUS)))
                .modeOfLearning(modes(raw.first(HkqrField.MODE)))
                .qualityAssurance(validity == null ? null : new QualityAssurance(null, QA_TYPE, validity.from(), validity.until()))
                .stackability(stackability(raw.first(HkqrField.CAT_TYPE)))
                .durationWeeks(HkqrValues.durationWeeks(raw.first(HkqrField.PROGRAMME_LENGTH)))
                .credit(credit(raw.first(HkqrField.QF_CREDIT)))
                .fieldOfEducation(field(raw.first(HkqrField.AREA)))
                .url(raw.url())
                .provenance(new Provenance(raw.source(), raw.localId(), raw.url(), raw.fetchedAt(), raw.checksum()));
        draft.languages(languages);
        if (!derived.isEmpty()) {
            draft.quality(new Quality(null, null, List.copyOf(derived)));
        }
        return ColEnrichment.enrich(draft.build());
    }

    /**
     * The Simplified Chinese title and outcomes where the raw record has none and the Traditional ones exist: HKQR's
     * Simplified edition is its Traditional one in Simplified characters, and the harvest reads it only with
     * {@code simplified-pages=fetch}. Each converted text is named in {@code quality.derived}
     * ({@code title.zh-Hans}, {@code learningOutcomesByLanguage.zh-Hans}).
     */
    private static void simplifiedFromTraditional(Map<String, String> title, Map<String, List<String>> outcomes, List<String> derived) {
        String traditionalTitle = title.get(TRADITIONAL);
        if (traditionalTitle != null && !title.containsKey(SIMPLIFIED)) {
            title.put(SIMPLIFIED, TraditionalToSimplified.of(traditionalTitle));
            derived.add(TITLE_FIELD + "." + SIMPLIFIED);
        }
        List<String> traditionalOutcomes = outcomes.get(TRADITIONAL);
        if (traditionalOutcomes != null && !outcomes.containsKey(SIMPLIFIED)) {
            outcomes.put(SIMPLIFIED, TraditionalToSimplified.of(traditionalOutcomes));
            derived.add(OUTCOMES_FIELD + "." + SIMPLIFIED);
        }
    }

    private Credit credit(String text) {
        Double value = StatedNumber.parse(text);
        return value == null ? null : new Credit(value, FRAMEWORK, null);
    }

    /** The area as published; its ISCED-F code is derived by {@link ColEnrichment} from the field crosswalk. */
    private static FieldOfEducation field(String area) {
        return area == null ? null : new FieldOfEducation(null, new FieldOfEducation.SourceCode(FIELD_SCHEME, null, area));
    }

    /** {@code Part-time, Blended} → {@code [blended]}: attendance patterns state no mode; unknown words are ignored. */
    private List<String> modes(String text) {
        if (text == null) {
            return null;
        }
        return VOCABULARY.mapAll(HkqrField.MODE, List.of(text.split("\\s*[,;/]\\s*")));
    }

    private Stackability stackability(String catType) {
        String option = VOCABULARY.map(HkqrField.CAT_TYPE, catType);
        return option == null ? null : new Stackability(option, List.of());
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** The outcomes of the record's first language (its title's), else of the first language stating any. */
    private static List<String> firstLanguage(Map<String, String> title, Map<String, List<String>> outcomes) {
        return outcomes.getOrDefault(title.keySet().iterator().next(),
                outcomes.isEmpty() ? null : outcomes.values().iterator().next());
    }

    /** ISO 639-3 codes of the languages the title or outcomes are published in ({@code en} → {@code eng}, Chinese → {@code zho}). */
    private static List<String> publishedIn(Map<String, String> title, Map<String, List<String>> outcomes) {
        Set<String> tags = new LinkedHashSet<>(title.keySet());
        tags.addAll(outcomes.keySet());
        Set<String> codes = new LinkedHashSet<>();
        for (String tag : tags) {
            String code = VOCABULARY.map(PUBLISHED_IN, tag);
            if (code != null) {
                codes.add(code);
            }
        }
        return codes.isEmpty() ? null : List.copyOf(codes);
    }
}
