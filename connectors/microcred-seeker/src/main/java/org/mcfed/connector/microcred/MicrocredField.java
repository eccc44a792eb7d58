package org.mcfed.connector.microcred;

/**
 * The raw field keys of a Microcred Seeker record, as they travel on {@code mcfed.raw.v1}. Values
 * read from the page's visible text and from its embedded schema.org {@code Course} ({@code ld.*})
 * are kept apart: the mapper lets the visible text win (docs/sources/microcred-seeker.md).
 */
public final class MicrocredField {

    public static final String ID = "id";
    public static final String SLUG = "slug";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String PROVIDER = "provider";
    public static final String STUDY_AREA = "studyArea";
    public static final String LEVEL = "level";
    public static final String VOLUME_OF_LEARNING = "volumeOfLearning";
    public static final String DURATION = "duration";
    public static final String DELIVERY_MODE = "deliveryMode";
    public static final String CAMPUS = "campus";
    public static final String COST = "cost";
    public static final String CREDIT_RECOGNITION = "creditRecognition";
    public static final String AQF_RELATION = "aqfRelation";
    public static final String ASSESSMENT = "assessment";
    public static final String LEARNING_OUTCOMES = "learningOutcomes";
    public static final String INDUSTRY_RECOGNITION = "industryRecognition";
    public static final String START_DATES = "startDates";

    public static final String LD_NAME = "ld.name";
    public static final String LD_DESCRIPTION = "ld.description";
    public static final String LD_PROVIDER = "ld.provider";
    public static final String LD_TIME_REQUIRED = "ld.timeRequired";
    public static final String LD_PRICE = "ld.price";
    public static final String LD_PRICE_CURRENCY = "ld.priceCurrency";

    private MicrocredField() {
    }
}
