package org.mcfed.connector.nzqa;

/**
 * The keys under which {@link NzqaDetailParser} keeps what an NZQA detail page states, read by
 * {@link NzqaMapper}: the raw record's vocabulary for this source, one key per labelled value.
 */
final class NzqaField {

    static final String REFERENCE = "reference";
    static final String VERSION = "version";
    static final String TITLE = "title";
    static final String LEVEL = "level";
    static final String CREDITS = "credits";
    static final String NZSCED = "nzsced";
    static final String PROVIDER = "provider";
    static final String PROVIDER_NUMBER = "providerNumber";
    static final String DEVELOPER = "developer";
    static final String STATUS = "status";
    static final String APPROVAL_DATE = "approvalDate";
    static final String REVIEW_DATE = "reviewDate";
    static final String REVIEW_PERIOD = "reviewPeriod";
    static final String PURPOSE = "purpose";
    static final String OUTCOMES = "outcomes";
    static final String ASSESSMENT = "assessment";
    static final String DELIVERY_MODE = "deliveryMode";
    static final String STANDARDS = "standards";
    static final String TE_HONO = "teHonoOTeKahurangi";
    static final String LANGUAGE = "language";
    static final String PATHWAYS = "pathways";

    private NzqaField() {
    }
}
