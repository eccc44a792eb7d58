package org.mcfed.connector.microcred;

import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Cost;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.record.QualityAssurance;
import org.mcfed.col.vocab.Vocabularies;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.mapping.AssessmentTypes;
import org.mcfed.connector.mapping.SourceVocabulary;
import org.mcfed.connector.mapping.StackabilityStatement;

import org.mcfed.col.record.Stackability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Microcred Seeker course to a COL draft. The visible page text wins; the embedded schema.org
 * {@code Course} fills only what the visible text does not state at all. Volume of learning is
 * already in hours (lower bound of a range); the Dreyfus level is kept as framework
 * {@code AU-NMF-Dreyfus} (no ISCED); cost is in AUD. The ISCED-F code of the study area is then
 * derived by {@link ColEnrichment} through the col-schema crosswalks.
 */
public final class MicrocredMapper implements Mapper {

    static final String FRAMEWORK = "AU-NMF-Dreyfus";
    static final String FIELD_SCHEME = "ASCED";
    static final String CURRENCY = "AUD";
    /** Microcred Seeker lists only courses of Australian higher-education providers (docs/sources/microcred-seeker.md). */
    static final String ISSUER_COUNTRY = "AU";
    /** Those providers are registered with TEQSA, the listing's admission rule (docs/sources/microcred-seeker.md). */
    static final QualityAssurance TEQSA = new QualityAssurance("TEQSA", "provider registration", null, null);

    /**
     * The directory lists courses on offer and shows no status: a listed course is active, and one
     * withdrawn leaves the listing, so the harvester's sweep deletes it rather than archiving it.
     */
    static final String LISTED_STATUS = Vocabularies.ACTIVE;

    private static final Pattern VENDOR_CREDIT =
            Pattern.compile("(?i)credit\\s+towards\\s+(?:vendor|industry|vendor\\s*/\\s*industry)\\s+certifications?\\s*:\\s*(.+?)\\.?");

    private static final SourceVocabulary VOCABULARY = SourceVocabulary.load(MicrocredMapper.class, "vocabulary.csv");

    @Override
    public ColRecord map(RawRecord raw) throws MappingException {
        if (raw.localId() == null || raw.localId().isBlank()) {
            throw new MappingException(List.of(new MappingException.Reason("id", "no numeric course id in the slug")));
        }
        String title = stated(raw, MicrocredField.TITLE, MicrocredField.LD_NAME);
        if (title == null) {
            throw new MappingException(List.of(new MappingException.Reason("title", "no course title on " + raw.url())));
        }
        String description = stated(raw, MicrocredField.DESCRIPTION, MicrocredField.LD_DESCRIPTION);
        String level = VOCABULARY.map(MicrocredField.LEVEL, raw.first(MicrocredField.LEVEL));
        String studyArea = raw.first(MicrocredField.STUDY_AREA);
        ColRecord draft = ColRecord.builder()
                .id(idOf(raw))
                .title(Map.of("en", title))
                .description(description == null ? null : Map.of("en", description))
                .issuerCountry(ISSUER_COUNTRY)
                .awardingBody(AwardingBody.named(stated(raw, MicrocredField.PROVIDER, MicrocredField.LD_PROVIDER)))
                .workloadHours(raw.first(MicrocredField.VOLUME_OF_LEARNING) != null
                        ? MicrocredValues.hours(raw.first(MicrocredField.VOLUME_OF_LEARNING))
                        : MicrocredValues.isoHours(raw.first(MicrocredField.LD_TIME_REQUIRED)))
                .nqfLevel(level == null ? null : new NqfLevel(FRAMEWORK, level))
                .learningOutcomes(listOrNull(raw.all(MicrocredField.LEARNING_OUTCOMES)))
                .status(LISTED_STATUS)
                .modeOfLearning(mode(raw.first(MicrocredField.DELIVERY_MODE)))
                .assessment(AssessmentTypes.of(raw.first(MicrocredField.ASSESSMENT)))
                .qualityAssurance(TEQSA)
                .stackability(stackability(raw.first(MicrocredField.CREDIT_RECOGNITION)))
                .durationWeeks(MicrocredValues.weeks(raw.first(MicrocredField.DURATION)))
                .cost(cost(raw))
                .fieldOfEducation(field(studyArea))
                .url(raw.url())
                .provenance(new Provenance(raw.source(), raw.localId(), raw.url(), raw.fetchedAt(), raw.checksum()))
                .build();
        return ColEnrichment.enrich(draft);
    }

    /**
     * The shared stated forms ({@code Credit towards award courses: X}, {@code Stackable towards X}),
     * then the NMF glossary's own "credit towards vendor/industry certifications: X", which stacks
     * into that certification. Pathways and other recognition state no stacking and stay null.
     */
    static Stackability stackability(String text) {
        Stackability stated = StackabilityStatement.parse(text);
        if (stated != null || text == null) {
            return stated;
        }
        Matcher m = VENDOR_CREDIT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        List<String> towards = new ArrayList<>();
        for (String part : m.group(1).split("\\s*;\\s*")) {
            if (!part.isBlank()) {
                towards.add(part.strip());
            }
        }
        return new Stackability("stackable", List.copyOf(towards));
    }

    /** The visible value, or the JSON-LD one only when the page shows none. */
    private static String stated(RawRecord raw, String visible, String jsonLd) {
        String v = raw.first(visible);
        return v != null ? v : raw.first(jsonLd);
    }

    private static Cost cost(RawRecord raw) {
        String visible = raw.first(MicrocredField.COST);
        Double amount;
        if (visible != null) {
            amount = MicrocredValues.dollars(visible);
        } else {
            String currency = raw.first(MicrocredField.LD_PRICE_CURRENCY);
            amount = currency == null || currency.equalsIgnoreCase(CURRENCY) ? MicrocredValues.price(raw.first(MicrocredField.LD_PRICE)) : null;
        }
        return amount == null ? null : new Cost(amount, CURRENCY);
    }

    /** {@code Online (asynchronous)} → online, {@code Online and onsite} → blended. */
    private static List<String> mode(String text) {
        if (text == null) {
            return null;
        }
        String withoutTiming = text.replaceAll("(?i)\\s*\\((?:a?synchronous)\\)", "").strip();
        String mode = VOCABULARY.map(MicrocredField.DELIVERY_MODE, withoutTiming);
        return mode == null ? null : List.of(mode);
    }

    /** The ASCED broad field as published; its ISCED-F code is derived by {@link ColEnrichment}. */
    private static FieldOfEducation field(String studyArea) {
        return studyArea == null ? null : new FieldOfEducation(null, new FieldOfEducation.SourceCode(FIELD_SCHEME, null, studyArea));
    }

    private static List<String> listOrNull(List<String> values) {
        return values.isEmpty() ? null : new ArrayList<>(values);
    }
}
