package org.mcfed.connector.hkqr;

import org.mcfed.col.crosswalk.Crosswalks;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.Provenance;
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
import java.util.List;
import java.util.Map;

/**
 * An HKQR record to a COL draft: title in English and Traditional Chinese, HKQF level and QF
 * credit, registration status and validity, mode of learning and stackability from the CAT type as
 * {@code vocabulary.csv} reads them, the Area of Study and Training as the field of education. What
 * the page does not state stays null; hours from credits, ISCED level and ISCED-F are then derived
 * by {@link ColEnrichment} through the col-schema crosswalks (and listed in {@code quality.derived}).
 */
public final class HkqrMapper implements Mapper {

    static final String FRAMEWORK = "HKQF";
    static final String FIELD_SCHEME = "HKQR-AoST";
    static final String QA_TYPE = "HKQR registration";

    private static final SourceVocabulary VOCABULARY = SourceVocabulary.load(HkqrMapper.class, "vocabulary.csv");

    private final Crosswalks crosswalks = Crosswalks.standard();

    @Override
    public ColRecord map(RawRecord raw) throws MappingException {
        if (raw.localId() == null || raw.localId().isBlank()) {
            throw new MappingException(List.of(new MappingException.Reason("id", "no QR registration number")));
        }
        Map<String, String> title = new LinkedHashMap<>();
        putIfPresent(title, "en", raw.first(HkqrField.TITLE_EN));
        putIfPresent(title, "zh-Hant", raw.first(HkqrField.TITLE_ZH_HANT));
        if (title.isEmpty()) {
            throw new MappingException(List.of(new MappingException.Reason("title",
                    "no Qualification Title in English or Chinese on " + raw.url())));
        }
        HkqrValues.Period validity = HkqrValues.period(raw.first(HkqrField.VALIDITY));
        ColRecord draft = ColRecord.builder()
                .id(idOf(raw))
                .title(title)
                .issuerCountry(crosswalks.countries().iso3166(raw.first(HkqrField.AWARDING_BODY_COUNTRY)))
                .awardingBody(AwardingBody.named(raw.first(HkqrField.AWARDING_BODY)))
                .nqfLevel(StatedLevel.in(FRAMEWORK, raw.first(HkqrField.QF_LEVEL)))
                .learningOutcomes(listOrNull(raw.all(HkqrField.LEARNING_OUTCOMES)))
                .prerequisites(raw.first(HkqrField.ENTRY_REQUIREMENTS))
                .status(VOCABULARY.map(HkqrField.STATUS, raw.first(HkqrField.STATUS)))
                .modeOfLearning(modes(raw.first(HkqrField.MODE)))
                .qualityAssurance(validity == null ? null : new QualityAssurance(null, QA_TYPE, validity.from(), validity.until()))
                .stackability(stackability(raw.first(HkqrField.CAT_TYPE)))
                .durationWeeks(HkqrValues.durationWeeks(raw.first(HkqrField.PROGRAMME_LENGTH)))
                .credit(credit(raw.first(HkqrField.QF_CREDIT)))
                .fieldOfEducation(field(raw.first(HkqrField.AREA)))
                .url(raw.url())
                .provenance(new Provenance(raw.source(), raw.localId(), raw.url(), raw.fetchedAt(), raw.checksum()))
                .build();
        return ColEnrichment.enrich(draft);
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

    private static List<String> listOrNull(List<String> values) {
        return values.isEmpty() ? null : new ArrayList<>(values);
    }
}
