package org.mcfed.connector.mqa;

/**
 * The keys under which {@link MqaDetailParser} keeps what an MQR detail page states, read by
 * {@link MqaMapper}. Values read from the Malay page carry the {@link #MALAY} suffix, so the mapper
 * knows which page every text came from.
 */
final class MqaField {

    static final String MALAY = ".ms";

    static final String PROVIDER = "provider";
    static final String PREVIOUS_NAME = "previousName";
    static final String TITLE = "title";
    static final String REFERENCE = "reference";
    static final String CERTIFICATE = "certificateNumber";
    static final String ACCREDITATION_DATE = "accreditationDate";
    static final String VALIDITY = "validity";
    static final String COMPLIANCE_AUDIT = "complianceAudit";
    static final String LEVEL = "mqfLevel";
    static final String NEC = "nec";
    static final String CREDITS = "credits";
    static final String HOURS = "notionalHours";
    static final String STUDY_MODE = "studyMode";
    static final String DELIVERY_MODE = "deliveryMode";
    static final String DURATION = "duration";
    static final String LANGUAGE = "language";
    static final String ASSESSMENT = "assessment";
    static final String OUTCOMES = "outcomes";
    static final String REMARKS = "remarks";
    /** The listing row's TYPE column, kept to show why the row was harvested. */
    static final String LISTING_TYPE = "listing.type";

    private MqaField() {
    }
}
