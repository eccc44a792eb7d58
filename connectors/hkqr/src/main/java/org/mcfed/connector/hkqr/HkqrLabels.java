package org.mcfed.connector.hkqr;

/**
 * The labels each HKQR value stands under (docs/sources/hkqr.md): the English label, the
 * Traditional Chinese one of the {@code hkqr-tc} page, the Simplified one of the {@code hkqr-sc} page
 * (where it is read; that page sometimes keeps a Traditional label), and variants seen on re-designed pages.
 * Looked up with {@link org.mcfed.connector.page.LabelledValues}, so case, spacing and a trailing colon do not matter.
 */
final class HkqrLabels {

    static final String[] REG_NO = {"QR Registration No.", "QR Registration Number", "Registration No.", "資歷名冊登記號碼", "资历名册登记号码"};
    static final String[] TITLE_EN = {"Qualification Title", "Qualification Title (English)", "資歷名稱（英文）", "資歷名稱 (英文)"};
    static final String[] TITLE_ZH_HANT_EN_PAGE = {"Qualification Title (Chinese)", "資歷名稱（中文）", "資歷名稱 (中文)"};
    /** On the {@code hkqr-tc} page the plain title label carries the Chinese title. */
    static final String[] TITLE_ZH_HANT_TC_PAGE = {"資歷名稱", "資歷名稱（中文）", "資歷名稱 (中文)", "Qualification Title (Chinese)"};
    /** On the {@code hkqr-sc} page likewise, in Simplified characters. */
    static final String[] TITLE_ZH_HANS_SC_PAGE = {"资历名称", "资历名称（中文）", "资历名称 (中文)", "資歷名稱", "資歷名稱（中文）",
        "資歷名稱 (中文)", "Qualification Title (Chinese)"};
    static final String[] TYPE = {"Qualification Type", "資歷類別"};
    static final String[] QF_LEVEL = {"QF Level", "HKQF Level", "資歷級別"};
    static final String[] QF_CREDIT = {"QF Credit", "QF Credits", "資歷學分"};
    static final String[] OPERATOR = {"Operator", "Operator / Assessment Agency", "營辦者"};
    static final String[] AWARDING_BODY = {"Awarding Body", "頒授機構"};
    static final String[] AWARDING_BODY_COUNTRY = {"Awarding Body Country / Region", "Awarding Body Country/Region",
            "Awarding Body Country", "頒授機構所屬國家或地區"};
    static final String[] AREA = {"Area of Study and Training", "Area of Study & Training", "學科及培訓範疇"};
    static final String[] SUB_AREA = {"Sub-area", "Sub-area of Study and Training", "子範疇"};
    static final String[] MODE = {"Mode of Delivery", "Mode of Study", "授課模式"};
    static final String[] VALIDITY = {"Registration Validity Period", "Validity Period", "登記有效期"};
    static final String[] STATUS = {"Registration Status", "Status", "登記狀態"};
    static final String[] CAT_TYPE = {"CAT Type", "CAT Arrangement", "學分累積及轉移類別"};
    static final String[] PROGRAMME_LENGTH = {"Programme Length", "Length of Programme", "課程長度"};
    static final String[] LEARNING_OUTCOMES = {"Learning Outcomes", "Learning Outcome", "學習成果", "学习成果"};
    static final String[] ENTRY_REQUIREMENTS = {"Entry Requirements", "Entry Requirement", "入學要求"};

    private HkqrLabels() {
    }
}
