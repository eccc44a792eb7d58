package org.mcfed.connector.mqa;

import org.mcfed.col.crosswalk.Crosswalks;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.col.vocab.Vocabularies;
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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An MQR raw record to a COL draft with only what the pages state: title and learning outcomes in
 * English and Malay ({@link MqaTexts}; Malay only for a Malay-only micro-credential), other values
 * from the English page and from the Malay one where the English lacked them, MQF level and credits as
 * published, the notional learning hours the page states, the NEC code as the field's source, the
 * validity period as the quality assurance period. MQR lists expired records: a validity that ended
 * before the harvest day makes the record {@code archived}, one still running {@code active}.
 */
public final class MqaMapper implements Mapper {

    static final String FRAMEWORK = "MQF";
    private static final String COUNTRY = "MY";
    private static final String QA_BODY = "Malaysian Qualifications Agency (MQA)";
    private static final String QA_TYPE = "MQA accreditation";
    private static final DateTimeFormatter DATE = StatedDate.format("dd/MM/uuuu");
    private static final Pattern VALIDITY = Pattern.compile("^(\\S+)\\s*[-–]\\s*(\\S+)$");
    private static final Pattern NEC = Pattern.compile("^(\\d{3,4})(?:\\s*[-–:]\\s*(.+))?$");
    private static final Pattern WEEKS = Pattern.compile("^(\\d{1,3})\\s*(?:week/s|weeks?|minggu)$", Pattern.CASE_INSENSITIVE);
    private static final SourceVocabulary VOCABULARY = SourceVocabulary.load(MqaMapper.class, "mqa-vocabulary.csv");

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
        MqaTexts texts = MqaTexts.of(raw);
        if (texts.title().isEmpty() && reasons.isEmpty()) {
            reasons.add(new MappingException.Reason("title", "neither the English nor the Malay page states a title"));
        }
        if (!reasons.isEmpty()) {
            throw new MappingException(reasons);
        }
        LocalDate[] validity = validity(stated(raw, MqaField.VALIDITY));
        LocalDate accredited = StatedDate.parse(stated(raw, MqaField.ACCREDITATION_DATE), DATE);
        String provider = stated(raw, MqaField.PROVIDER);
        Double hours = StatedNumber.parse(stated(raw, MqaField.HOURS));
        return ColRecord.builder()
                .id(idOf(raw))
                .title(texts.title())
                .issuerCountry(COUNTRY)
                .awardingBody(provider == null ? null : AwardingBody.named(provider))
                .workloadHours(hours == null || hours <= 0 ? null : hours)
                .nqfLevel(StatedLevel.in(FRAMEWORK, stated(raw, MqaField.LEVEL)))
                .learningOutcomes(texts.firstOutcomes())
                .learningOutcomesByLanguage(texts.outcomes().isEmpty() ? null : texts.outcomes())
                .status(status(validity[1], raw))
                .languages(languages(stated(raw, MqaField.LANGUAGE)))
                .modeOfLearning(mode(stated(raw, MqaField.DELIVERY_MODE)))
                .assessment(AssessmentTypes.of(stated(raw, MqaField.ASSESSMENT)))
                .qualityAssurance(new QualityAssurance(QA_BODY, QA_TYPE, validity[0] != null ? validity[0] : accredited, validity[1]))
                .stackability(StackabilityStatement.parse(stated(raw, MqaField.REMARKS)))
                .durationWeeks(weeks(stated(raw, MqaField.DURATION)))
                .credit(credit(stated(raw, MqaField.CREDITS)))
                .fieldOfEducation(field(stated(raw, MqaField.NEC)))
                .url(raw.url())
                .provenance(new Provenance(raw.source(), raw.localId(), raw.url(), raw.fetchedAt(), raw.checksum()))
                .build();
    }

    /** The English value, else the Malay one. */
    private static String stated(RawRecord raw, String key) {
        String english = raw.first(key);
        return english != null ? english : raw.first(key + MqaField.MALAY);
    }

    private static LocalDate[] validity(String stated) {
        if (stated != null) {
            Matcher m = VALIDITY.matcher(stated);
            if (m.matches()) {
                return new LocalDate[]{StatedDate.parse(m.group(1), DATE), StatedDate.parse(m.group(2), DATE)};
            }
        }
        return new LocalDate[]{null, null};
    }

    private static String status(LocalDate validUntil, RawRecord raw) {
        if (validUntil == null || raw.fetchedAt() == null) {
            return null;
        }
        LocalDate harvestDay = raw.fetchedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return validUntil.isBefore(harvestDay) ? Vocabularies.ARCHIVED : Vocabularies.ACTIVE;
    }

    private static Credit credit(String stated) {
        Double value = StatedNumber.parse(stated);
        return value == null || value <= 0 ? null : new Credit(value, FRAMEWORK, null);
    }

    private static FieldOfEducation field(String stated) {
        if (stated == null) {
            return null;
        }
        Matcher m = NEC.matcher(stated);
        return m.matches() ? new FieldOfEducation(null, new FieldOfEducation.SourceCode("NEC", m.group(1), m.group(2))) : null;
    }

    private static Double weeks(String stated) {
        if (stated == null) {
            return null;
        }
        Matcher m = WEEKS.matcher(stated.strip());
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }

    private static List<String> mode(String stated) {
        String col = VOCABULARY.map("mode", stated);
        return col == null ? null : List.of(col);
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
}
