package org.mcfed.col.record;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The COL micro-credential record (Commonwealth Micro-credential Framework, Art. VIII.4), the
 * contract between modules: on {@code mcfed.records.v1}, in the COL feed, the search API and exports.
 * JSON field names are exactly those of docs/col-record.md. A value the source does not
 * state stays null; nothing is invented.
 *
 * @param id unique micro-credential identifier, {@code <source>:<localId>}
 * @param title title as a language map (BCP 47 keys)
 * @param description description as a language map
 * @param issuerCountry country of the issuer, ISO 3166-1 alpha-2
 * @param awardingBody the awarding body
 * @param workloadHours notional workload in hours
 * @param nqfLevel level as per the national framework
 * @param iscedLevel ISCED 2011 level {@code 0}..{@code 8}
 * @param learningOutcomes learning outcomes, in the record's first language (the registry's main page)
 * @param learningOutcomesByLanguage aggregator: the learning outcomes in every language the registry
 *        publishes them in (BCP 47 keys, as {@code title}); COL's element is a plain list, so the other
 *        languages a registry states would otherwise be dropped on the way to the index
 * @param skills skills descriptors
 * @param prerequisites prerequisites, if applicable
 * @param status {@code active} or {@code archived}
 * @param languages languages of instruction, ISO 639-3
 * @param modeOfLearning modes of learning
 * @param assessment type of assessment
 * @param supervision supervision and identity verification
 * @param qualityAssurance quality assurance of the credential
 * @param gradeRequired grade required
 * @param stackability stackability options
 * @param durationWeeks optional: duration in weeks
 * @param replaces optional: ids this record replaces
 * @param replacedBy optional: ids replacing this record
 * @param cost optional: cost
 * @param financialSupport optional: financial support
 * @param verification optional: verification methods
 * @param credit aggregator: the credit as published
 * @param fieldOfEducation aggregator: field of education
 * @param aqrfLevel aggregator: AQRF level where the NQF is referenced to it
 * @param url aggregator: the record's page at its registry
 * @param provenance aggregator: where and when it was harvested
 * @param quality aggregator: completeness score
 * @param sameAs aggregator: ids of the same offering listed by other registries (never merged)
 * @param updatedAt aggregator: when the aggregate last changed this record
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "title", "description", "issuerCountry", "awardingBody", "workloadHours", "nqfLevel", "iscedLevel", "learningOutcomes", "learningOutcomesByLanguage", "skills", "prerequisites", "status", "languages", "modeOfLearning", "assessment", "supervision", "qualityAssurance", "gradeRequired", "stackability", "durationWeeks", "replaces", "replacedBy", "cost", "financialSupport", "verification", "credit", "fieldOfEducation", "aqrfLevel", "url", "provenance", "quality", "sameAs", "updatedAt"})
public record ColRecord(
        @JsonProperty("id") String id,
        @JsonProperty("title") Map<String, String> title,
        @JsonProperty("description") Map<String, String> description,
        @JsonProperty("issuerCountry") String issuerCountry,
        @JsonProperty("awardingBody") AwardingBody awardingBody,
        @JsonProperty("workloadHours") Double workloadHours,
        @JsonProperty("nqfLevel") NqfLevel nqfLevel,
        @JsonProperty("iscedLevel") String iscedLevel,
        @JsonProperty("learningOutcomes") List<String> learningOutcomes,
        @JsonProperty("learningOutcomesByLanguage") Map<String, List<String>> learningOutcomesByLanguage,
        @JsonProperty("skills") List<Skill> skills,
        @JsonProperty("prerequisites") String prerequisites,
        @JsonProperty("status") String status,
        @JsonProperty("languages") List<String> languages,
        @JsonProperty("modeOfLearning") List<String> modeOfLearning,
        @JsonProperty("assessment") Assessment assessment,
        @JsonProperty("supervision") String supervision,
        @JsonProperty("qualityAssurance") QualityAssurance qualityAssurance,
        @JsonProperty("gradeRequired") String gradeRequired,
        @JsonProperty("stackability") Stackability stackability,
        @JsonProperty("durationWeeks") Double durationWeeks,
        @JsonProperty("replaces") List<String> replaces,
        @JsonProperty("replacedBy") List<String> replacedBy,
        @JsonProperty("cost") Cost cost,
        @JsonProperty("financialSupport") String financialSupport,
        @JsonProperty("verification") List<String> verification,
        @JsonProperty("credit") Credit credit,
        @JsonProperty("fieldOfEducation") FieldOfEducation fieldOfEducation,
        @JsonProperty("aqrfLevel") String aqrfLevel,
        @JsonProperty("url") String url,
        @JsonProperty("provenance") Provenance provenance,
        @JsonProperty("quality") Quality quality,
        @JsonProperty("sameAs") List<String> sameAs,
        @JsonProperty("updatedAt") Instant updatedAt) {

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The source part of the id ({@code nzqa} in {@code nzqa:4116-2}), or null for a malformed id. */
    public String sourceOfId() {
        return sourceOfId(id);
    }

    /** The source part of a COL id, or null for a malformed one. */
    public static String sourceOfId(String id) {
        int colon = id == null ? -1 : id.indexOf(':');
        return colon <= 0 ? null : id.substring(0, colon);
    }

    /**
     * The configured source the record was harvested from ({@code provenance.source}), else the
     * source part of its id. They differ for feeds that publish COL ids of their own: a record
     * {@code pqr:000123} harvested through the source {@code col-feed} belongs to {@code col-feed}.
     */
    public String harvestedFrom() {
        return harvestedFrom(provenance, id);
    }

    /** {@link #harvestedFrom()} of a record known only by its provenance and id (a partial read of one). */
    public static String harvestedFrom(Provenance provenance, String id) {
        return provenance != null && provenance.source() != null ? provenance.source() : sourceOfId(id);
    }

    /** Fluent builder used by the mappers; every field starts null. */
    public static final class Builder {
        private String id;
        private Map<String, String> title;
        private Map<String, String> description;
        private String issuerCountry;
        private AwardingBody awardingBody;
        private Double workloadHours;
        private NqfLevel nqfLevel;
        private String iscedLevel;
        private List<String> learningOutcomes;
        private Map<String, List<String>> learningOutcomesByLanguage;
        private List<Skill> skills;
        private String prerequisites;
        private String status;
        private List<String> languages;
        private List<String> modeOfLearning;
        private Assessment assessment;
        private String supervision;
        private QualityAssurance qualityAssurance;
        private String gradeRequired;
        private Stackability stackability;
        private Double durationWeeks;
        private List<String> replaces;
        private List<String> replacedBy;
        private Cost cost;
        private String financialSupport;
        private List<String> verification;
        private Credit credit;
        private FieldOfEducation fieldOfEducation;
        private String aqrfLevel;
        private String url;
        private Provenance provenance;
        private Quality quality;
        private List<String> sameAs;
        private Instant updatedAt;

        private Builder() {
        }

        private Builder(ColRecord r) {
            this.id = r.id;
            this.title = r.title;
            this.description = r.description;
            this.issuerCountry = r.issuerCountry;
            this.awardingBody = r.awardingBody;
            this.workloadHours = r.workloadHours;
            this.nqfLevel = r.nqfLevel;
            this.iscedLevel = r.iscedLevel;
            this.learningOutcomes = r.learningOutcomes;
            this.learningOutcomesByLanguage = r.learningOutcomesByLanguage;
            this.skills = r.skills;
            this.prerequisites = r.prerequisites;
            this.status = r.status;
            this.languages = r.languages;
            this.modeOfLearning = r.modeOfLearning;
            this.assessment = r.assessment;
            this.supervision = r.supervision;
            this.qualityAssurance = r.qualityAssurance;
            this.gradeRequired = r.gradeRequired;
            this.stackability = r.stackability;
            this.durationWeeks = r.durationWeeks;
            this.replaces = r.replaces;
            this.replacedBy = r.replacedBy;
            this.cost = r.cost;
            this.financialSupport = r.financialSupport;
            this.verification = r.verification;
            this.credit = r.credit;
            this.fieldOfEducation = r.fieldOfEducation;
            this.aqrfLevel = r.aqrfLevel;
            this.url = r.url;
            this.provenance = r.provenance;
            this.quality = r.quality;
            this.sameAs = r.sameAs;
            this.updatedAt = r.updatedAt;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder title(Map<String, String> title) {
            this.title = title;
            return this;
        }

        public Builder description(Map<String, String> description) {
            this.description = description;
            return this;
        }

        public Builder issuerCountry(String issuerCountry) {
            this.issuerCountry = issuerCountry;
            return this;
        }

        public Builder awardingBody(AwardingBody awardingBody) {
            this.awardingBody = awardingBody;
            return this;
        }

        public Builder workloadHours(Double workloadHours) {
            this.workloadHours = workloadHours;
            return this;
        }

        public Builder nqfLevel(NqfLevel nqfLevel) {
            this.nqfLevel = nqfLevel;
            return this;
        }

        public Builder iscedLevel(String iscedLevel) {
            this.iscedLevel = iscedLevel;
            return this;
        }

        public Builder learningOutcomes(List<String> learningOutcomes) {
            this.learningOutcomes = learningOutcomes;
            return this;
        }

        public Builder learningOutcomesByLanguage(Map<String, List<String>> learningOutcomesByLanguage) {
            this.learningOutcomesByLanguage = learningOutcomesByLanguage;
            return this;
        }

        public Builder skills(List<Skill> skills) {
            this.skills = skills;
            return this;
        }

        public Builder prerequisites(String prerequisites) {
            this.prerequisites = prerequisites;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder languages(List<String> languages) {
            this.languages = languages;
            return this;
        }

        public Builder modeOfLearning(List<String> modeOfLearning) {
            this.modeOfLearning = modeOfLearning;
            return this;
        }

        public Builder assessment(Assessment assessment) {
            this.assessment = assessment;
            return this;
        }

        public Builder supervision(String supervision) {
            this.supervision = supervision;
            return this;
        }

        public Builder qualityAssurance(QualityAssurance qualityAssurance) {
            this.qualityAssurance = qualityAssurance;
            return this;
        }

        public Builder gradeRequired(String gradeRequired) {
            this.gradeRequired = gradeRequired;
            return this;
        }

        public Builder stackability(Stackability stackability) {
            this.stackability = stackability;
            return this;
        }

        public Builder durationWeeks(Double durationWeeks) {
            this.durationWeeks = durationWeeks;
            return this;
        }

        public Builder replaces(List<String> replaces) {
            this.replaces = replaces;
            return this;
        }

        public Builder replacedBy(List<String> replacedBy) {
            this.replacedBy = replacedBy;
            return this;
        }

        public Builder cost(Cost cost) {
            this.cost = cost;
            return this;
        }

        public Builder financialSupport(String financialSupport) {
            this.financialSupport = financialSupport;
            return this;
        }

        public Builder verification(List<String> verification) {
            this.verification = verification;
            return this;
        }

        public Builder credit(Credit credit) {
            this.credit = credit;
            return this;
        }

        public Builder fieldOfEducation(FieldOfEducation fieldOfEducation) {
            this.fieldOfEducation = fieldOfEducation;
            return this;
        }

        public Builder aqrfLevel(String aqrfLevel) {
            this.aqrfLevel = aqrfLevel;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder provenance(Provenance provenance) {
            this.provenance = provenance;
            return this;
        }

        public Builder quality(Quality quality) {
            this.quality = quality;
            return this;
        }

        public Builder sameAs(List<String> sameAs) {
            this.sameAs = sameAs;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public ColRecord build() {
            return new ColRecord(id, title, description, issuerCountry, awardingBody, workloadHours, nqfLevel, iscedLevel, learningOutcomes, learningOutcomesByLanguage, skills, prerequisites, status, languages, modeOfLearning, assessment, supervision, qualityAssurance, gradeRequired, stackability, durationWeeks, replaces, replacedBy, cost, financialSupport, verification, credit, fieldOfEducation, aqrfLevel, url, provenance, quality, sameAs, updatedAt);
        }
    }
}
