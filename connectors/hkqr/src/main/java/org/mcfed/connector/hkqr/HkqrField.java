package org.mcfed.connector.hkqr;

/** The raw field keys of an HKQR record, as they travel on {@code mcfed.raw.v1}. */
public final class HkqrField {

    public static final String REG_NO = "regNo";
    public static final String TITLE_EN = "title.en";
    public static final String TITLE_ZH_HANT = "title.zh-Hant";
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
    public static final String LEARNING_OUTCOMES = "learningOutcomes";
    public static final String ENTRY_REQUIREMENTS = "entryRequirements";

    private HkqrField() {
    }
}
