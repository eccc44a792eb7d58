package org.mcfed.connector.microcred;

/**
 * The labels each Microcred Seeker value stands under (docs/sources/microcred-seeker.md, whose
 * glossary names some of them differently), looked up with {@link org.mcfed.connector.page.LabelledValues}.
 */
final class MicrocredLabels {

    static final String[] PROVIDER = {"Provider", "Institution", "Education provider"};
    static final String[] STUDY_AREA = {"Study area", "Field of study", "Area of study"};
    static final String[] LEVEL = {"Level", "Skill level", "Learner level"};
    static final String[] VOLUME_OF_LEARNING = {"Volume of learning", "Learning volume", "Workload"};
    static final String[] DURATION = {"Duration"};
    static final String[] DELIVERY_MODE = {"Delivery mode", "Delivery", "Mode of delivery"};
    static final String[] CAMPUS = {"Campus", "Location", "Locations"};
    static final String[] COST = {"Cost", "Price", "Fee", "Fees"};
    static final String[] CREDIT_RECOGNITION = {"Credit/recognition", "Credit / recognition", "Credit recognition",
            "Credit/recognition type"};
    static final String[] AQF_RELATION = {"AQF relation", "Relationship to AQF"};
    static final String[] ASSESSMENT = {"Assessment", "Assessment type"};
    static final String[] LEARNING_OUTCOMES = {"Learning outcomes", "Outcomes"};
    static final String[] INDUSTRY_RECOGNITION = {"Industry recognition"};
    static final String[] START_DATES = {"Start dates", "Start date", "Intakes"};

    private MicrocredLabels() {
    }
}
