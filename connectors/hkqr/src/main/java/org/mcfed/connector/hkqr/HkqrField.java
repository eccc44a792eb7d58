package org.mcfed.connector.hkqr;

import java.util.List;

/** The raw field keys of an HKQR record, as they travel on {@code mcfed.raw.v1}. */
public final class HkqrField {

    /** The languages HKQR publishes titles and learning outcomes in (BCP 47), in the order COL lists them. */
    public static final List<String> LANGUAGES = List.of("en", "zh-Hant", "zh-Hans");

    public static final String REG_NO = "regNo";
    public static final String TYPE = "type";
    public static final String QF_LEVEL = "qfLevel";
    public static final String QF_CREDIT = "qfCredit";
    public static final String OPERATOR = "operator";
    public static final String AWARDING_BODY = "awardingBody";
    public static final String AWARDING_BODY_COUNTRY = "awardingBodyCountry";
    public static final String AREA = "area";
    public static final String SUB_AREA = "subArea";
    public static final String MODE = "mode";
    public static final String VALIDITY = "validity";
    public static final String STATUS = "status";
    public static final String CAT_TYPE = "catType";
    public static final String PROGRAMME_LENGTH = "programmeLength";
    public static final String ENTRY_REQUIREMENTS = "entryRequirements";

    private HkqrField() {
    }

    /** {@code title.<language>}, e.g. {@code title.zh-Hans}. */
    public static String title(String language) {
        return "title." + language;
    }

    /** {@code learningOutcomes.<language>}: the outcomes as one page listed them, in the language of their script. */
    public static String learningOutcomes(String language) {
        return "learningOutcomes." + language;
    }
}
