package org.mcfed.connector.nzqa;

import org.mcfed.col.crosswalk.Crosswalks;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.mapping.AssessmentTypes;
import org.mcfed.connector.mapping.SourceVocabulary;
import org.mcfed.connector.mapping.StackabilityStatement;
import org.mcfed.connector.mapping.StatedDate;
import org.mcfed.connector.mapping.StatedLanguages;
import org.mcfed.connector.mapping.StatedLevel;
import org.mcfed.connector.mapping.StatedNumber;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NZQA raw record to a COL draft with only what the page states: NZQCF level and credits as
 * published (hours and ISCED are derived later by {@code org.mcfed.col.enrich.ColEnrichment}),
 * status and delivery mode through {@code nzqa-vocabulary.csv}, NZSCED code and label as the field's
 * source, approval and review dates as the quality assurance period. Unreadable values stay null.
 */
public final class NzqaMapper implements Mapper {

    static final String FRAMEWORK = "NZQCF";
    private static final String COUNTRY = "NZ";
    private static final String QA_BODY = "New Zealand Qualifications Authority (NZQA)";
    private static final String QA_TYPE = "NZQA micro-credential approval";
    private static final DateTimeFormatter DATE = StatedDate.format("d MMMM uuuu");
    private static final Pattern NZSCED = Pattern.compile("^(\\d{6})(?:\\s*[-–—:]\\s*(.+))?$");
    private static final SourceVocabulary VOCABULARY = SourceVocabulary.load(NzqaMapper.class, "nzqa-vocabulary.csv");

    @Override
    public ColRecord map(RawRecord raw) throws MappingException {
        List<MappingException.Reason> reasons = new ArrayList<>();
        raw.problems().forEach(p -> reasons.add(new MappingException.Reason("page", p)));
        if (raw.deleted()) {
            reasons.add(new MappingException.Reason("page", "a deletion carries no record to map"));
        }
        if (raw.localId() == null || raw.localId().isBlank()) {
            reasons.add(new MappingException.Reason("id", "the record has no local id"));
        }
        String title = raw.first(NzqaField.TITLE);
        if (title == null && reasons.isEmpty()) {
            reasons.add(new MappingException.Reason("title", "the page states no title"));
        }
        if (!reasons.isEmpty()) {
            throw new MappingException(reasons);
        }
        List<String> languages = languages(raw.first(NzqaField.LANGUAGE));
        String textLanguage = languages != null && languages.equals(List.of("mri")) ? "mi" : "en";
        List<String> outcomes = raw.all(NzqaField.OUTCOMES);
        return ColRecord.builder()
                .id(idOf(raw))
                .title(Map.of(textLanguage, title))
                .description(raw.all(NzqaField.PURPOSE).isEmpty() ? null
                        : Map.of(textLanguage, String.join("\n\n", raw.all(NzqaField.PURPOSE))))
                .issuerCountry(COUNTRY)
                .awardingBody(raw.first(NzqaField.PROVIDER) == null ? null
                        : new AwardingBody(raw.first(NzqaField.PROVIDER), raw.first(NzqaField.PROVIDER_NUMBER), null))
                .nqfLevel(StatedLevel.in(FRAMEWORK, raw.first(NzqaField.LEVEL)))
                .learningOutcomes(outcomes.isEmpty() ? null : outcomes)
                .status(VOCABULARY.map("status", raw.first(NzqaField.STATUS)))
                .languages(languages)
                .modeOfLearning(VOCABULARY.mapAll("mode", split(raw.first(NzqaField.DELIVERY_MODE))))
                .assessment(AssessmentTypes.of(raw.first(NzqaField.ASSESSMENT)))
                .qualityAssurance(new QualityAssurance(QA_BODY, QA_TYPE,
                        StatedDate.parse(raw.first(NzqaField.APPROVAL_DATE), DATE),
                        StatedDate.parse(raw.first(NzqaField.REVIEW_DATE), DATE)))
                .stackability(StackabilityStatement.parse(raw.first(NzqaField.PATHWAYS)))
                .credit(credit(raw.first(NzqaField.CREDITS)))
                .fieldOfEducation(field(raw.first(NzqaField.NZSCED)))
                .url(raw.url())
                .provenance(new Provenance(raw.source(), raw.localId(), raw.url(), raw.fetchedAt(), raw.checksum()))
                .build();
    }

    private static Credit credit(String stated) {
        Double value = StatedNumber.parse(stated);
        return value == null || value <= 0 ? null : new Credit(value, FRAMEWORK, null);
    }

    private static FieldOfEducation field(String stated) {
        if (stated == null) {
            return null;
        }
        Matcher m = NZSCED.matcher(stated);
        return m.matches() ? new FieldOfEducation(null, new FieldOfEducation.SourceCode("NZSCED", m.group(1), m.group(2))) : null;
    }

    private static List<String> languages(String stated) {
        List<String> codes = new ArrayList<>();
        for (String name : StatedLanguages.names(stated)) {
            String code = Crosswalks.standard().languages().iso6393(name);
            if (code != null && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes.isEmpty() ? null : List.copyOf(codes);
    }

    private static List<String> split(String stated) {
        return stated == null ? List.of() : List.of(stated.split("\\s*(?:,|/|;|\\band\\b)\\s*"));
    }
}
