package org.mcfed.col.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.compliance.Compliance;
import org.mcfed.col.vocab.Vocabularies;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.mcfed.col.validate.NodeChecks.JsonType.BOOLEAN;
import static org.mcfed.col.validate.NodeChecks.JsonType.OBJECT;
import static org.mcfed.col.validate.TextShape.ALPHA2;
import static org.mcfed.col.validate.TextShape.BCP47;
import static org.mcfed.col.validate.TextShape.CHECKSUM;
import static org.mcfed.col.validate.TextShape.DERIVED_PATH;
import static org.mcfed.col.validate.TextShape.FIELD_PATH;
import static org.mcfed.col.validate.TextShape.ID;
import static org.mcfed.col.validate.TextShape.ISCED_F;
import static org.mcfed.col.validate.TextShape.ISO4217;
import static org.mcfed.col.validate.TextShape.ISO639_3;
import static org.mcfed.col.validate.TextShape.NON_BLANK;
import static org.mcfed.col.validate.TextShape.SOURCE_NAME;
import static org.mcfed.col.validate.TextShape.URL;
import static org.mcfed.col.validate.NodeChecks.child;

/**
 * The rules of the COL record, field by field, in the order of docs/col-record.md.
 * Each rule here has its twin in {@code col/col-record.schema.json}; {@code SchemaAgreementTest}
 * holds the two together on a corpus of valid and invalid records.
 */
final class RecordRules {


    private final NodeChecks c;

    private RecordRules(List<Problem> problems) {
        this.c = new NodeChecks(problems);
    }

    /** Every problem of a JSON record; an empty list means it conforms to the COL record schema. */
    static List<Problem> check(JsonNode record) {
        List<Problem> problems = new ArrayList<>();
        RecordRules rules = new RecordRules(problems);
        if (record == null || !record.isObject()) {
            problems.add(new Problem("$", "expected a JSON object, got " + (record == null ? "nothing" : NodeChecks.JsonType.describe(record))));
            return problems;
        }
        rules.mandatory(record);
        rules.optional(record);
        rules.aggregator(record);
        return problems;
    }

    private void mandatory(JsonNode r) {
        c.text(c.member(r, "", "id", true), "id", false, ID, "an id '<source>:<localId>' with a lower-case source");
        languageMap(c.member(r, "", "title", true), "title", false);
        languageMap(c.member(r, "", "description", true), "description", true);
        c.text(c.member(r, "", "issuerCountry", true), "issuerCountry", true, ALPHA2, "an ISO 3166-1 alpha-2 code");
        awardingBody(c.member(r, "", "awardingBody", true));
        c.number(c.member(r, "", "workloadHours", true), "workloadHours", true, 0, true, null);
        nqfLevel(c.member(r, "", "nqfLevel", true));
        c.oneOf(c.member(r, "", "iscedLevel", true), "iscedLevel", true, Vocabularies.ISCED_LEVELS);
        textList(c.member(r, "", "learningOutcomes", true), "learningOutcomes");
        skills(c.member(r, "", "skills", true));
        freeText(c.member(r, "", "prerequisites", true), "prerequisites");
        c.oneOf(c.member(r, "", "status", true), "status", false, Vocabularies.STATUS);
        c.array(c.member(r, "", "languages", true), "languages", true, true,
                (v, p) -> c.text(v, p, false, ISO639_3, "an ISO 639-3 code"));
        vocabularyList(c.member(r, "", "modeOfLearning", true), "modeOfLearning", Vocabularies.MODES_OF_LEARNING);
        assessment(c.member(r, "", "assessment", true));
        c.oneOf(c.member(r, "", "supervision", true), "supervision", true, Vocabularies.SUPERVISION);
        qualityAssurance(c.member(r, "", "qualityAssurance", true));
        freeText(c.member(r, "", "gradeRequired", true), "gradeRequired");
        stackability(c.member(r, "", "stackability", true));
    }

    private void optional(JsonNode r) {
        c.number(c.member(r, "", "durationWeeks", false), "durationWeeks", true, 0, true, null);
        idList(c.member(r, "", "replaces", false), "replaces");
        idList(c.member(r, "", "replacedBy", false), "replacedBy");
        cost(c.member(r, "", "cost", false));
        freeText(c.member(r, "", "financialSupport", false), "financialSupport");
        vocabularyList(c.member(r, "", "verification", false), "verification", Vocabularies.VERIFICATION);
    }

    private void aggregator(JsonNode r) {
        credit(c.member(r, "", "credit", false));
        fieldOfEducation(c.member(r, "", "fieldOfEducation", false));
        c.oneOf(c.member(r, "", "aqrfLevel", false), "aqrfLevel", true, Vocabularies.AQRF_LEVELS);
        url(c.member(r, "", "url", false), "url");
        provenance(c.member(r, "", "provenance", false));
        quality(c.member(r, "", "quality", false));
        idList(c.member(r, "", "sameAs", false), "sameAs");
        listsByLanguage(c.member(r, "", "learningOutcomesByLanguage", false), "learningOutcomesByLanguage");
        c.dateTime(c.member(r, "", "updatedAt", false), "updatedAt");
    }

    private void languageMap(JsonNode map, String path, boolean nullable) {
        if (!c.type(map, path, OBJECT, nullable)) {
            return;
        }
        if (!nullable && map.isEmpty()) {
            c.add(path, "needs at least one entry");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!BCP47.matches(e.getKey())) {
                c.add(path, "key is not a BCP 47 language tag: '" + NodeChecks.abbreviate(e.getKey()) + "'");
            }
            freeTextRequired(e.getValue(), path + "." + e.getKey());
        }
    }

    private void awardingBody(JsonNode body) {
        if (c.type(body, "awardingBody", OBJECT, true)) {
            freeTextRequired(c.member(body, "awardingBody", "name", true), "awardingBody.name");
            freeText(body.get("id"), "awardingBody.id");
            url(body.get("url"), "awardingBody.url");
        }
    }

    private void nqfLevel(JsonNode level) {
        if (c.type(level, "nqfLevel", OBJECT, true)) {
            freeTextRequired(c.member(level, "nqfLevel", "framework", true), "nqfLevel.framework");
            freeTextRequired(c.member(level, "nqfLevel", "level", true), "nqfLevel.level");
        }
    }

    private void skills(JsonNode skills) {
        c.array(skills, "skills", true, false, (skill, p) -> {
            if (c.type(skill, p, OBJECT, false)) {
                freeTextRequired(c.member(skill, p, "label", true), child(p, "label"));
                c.oneOf(skill.get("taxonomy"), child(p, "taxonomy"), true, Vocabularies.SKILL_TAXONOMIES);
                url(skill.get("uri"), child(p, "uri"));
            }
        });
    }

    private void assessment(JsonNode assessment) {
        if (c.type(assessment, "assessment", OBJECT, true)) {
            vocabularyList(assessment.get("types"), "assessment.types", Vocabularies.ASSESSMENT_TYPES);
            freeText(assessment.get("description"), "assessment.description");
        }
    }

    private void qualityAssurance(JsonNode qa) {
        if (c.type(qa, "qualityAssurance", OBJECT, true)) {
            freeText(qa.get("body"), "qualityAssurance.body");
            freeText(qa.get("type"), "qualityAssurance.type");
            c.date(qa.get("validFrom"), "qualityAssurance.validFrom");
            c.date(qa.get("validUntil"), "qualityAssurance.validUntil");
        }
    }

    private void stackability(JsonNode stackability) {
        if (c.type(stackability, "stackability", OBJECT, true)) {
            c.oneOf(c.member(stackability, "stackability", "option", true), "stackability.option", false, Vocabularies.STACKABILITY_OPTIONS);
            textList(stackability.get("towards"), "stackability.towards");
        }
    }

    private void cost(JsonNode cost) {
        if (c.type(cost, "cost", OBJECT, true)) {
            c.number(c.member(cost, "cost", "amount", true), "cost.amount", false, 0, false, null);
            c.text(cost.get("currency"), "cost.currency", true, ISO4217, "an ISO 4217 currency code");
        }
    }

    private void credit(JsonNode credit) {
        if (c.type(credit, "credit", OBJECT, true)) {
            c.number(c.member(credit, "credit", "value", true), "credit.value", false, 0, true, null);
            freeText(credit.get("system"), "credit.system");
            c.number(credit.get("hoursPerCredit"), "credit.hoursPerCredit", true, 0, true, null);
        }
    }

    private void fieldOfEducation(JsonNode field) {
        if (c.type(field, "fieldOfEducation", OBJECT, true)) {
            c.text(field.get("iscedF"), "fieldOfEducation.iscedF", true, ISCED_F, "an ISCED-F 2013 code (2, 3 or 4 digits)");
            JsonNode source = field.get("source");
            if (c.type(source, "fieldOfEducation.source", OBJECT, true)) {
                freeTextRequired(c.member(source, "fieldOfEducation.source", "scheme", true), "fieldOfEducation.source.scheme");
                freeText(source.get("code"), "fieldOfEducation.source.code");
                freeText(source.get("label"), "fieldOfEducation.source.label");
            }
        }
    }

    private void provenance(JsonNode provenance) {
        if (c.type(provenance, "provenance", OBJECT, true)) {
            c.text(c.member(provenance, "provenance", "source", true), "provenance.source", false, SOURCE_NAME, "a lower-case source name");
            freeTextRequired(c.member(provenance, "provenance", "localId", true), "provenance.localId");
            url(provenance.get("url"), "provenance.url");
            c.dateTime(provenance.get("harvestedAt"), "provenance.harvestedAt");
            c.text(provenance.get("checksum"), "provenance.checksum", true, CHECKSUM, "a checksum 'sha256:<64 hex digits>'");
        }
    }

    private void quality(JsonNode quality) {
        if (c.type(quality, "quality", OBJECT, true)) {
            c.number(c.member(quality, "quality", "completeness", true), "quality.completeness", false, 0, false, 1.0);
            JsonNode missing = c.member(quality, "quality", "missing", true);
            c.array(missing, "quality.missing", false, true, (v, p) -> c.oneOf(v, p, false, Vocabularies.MANDATORY_FIELDS));
            JsonNode derived = c.member(quality, "quality", "derived", true);
            c.array(derived, "quality.derived", false, true, (v, p) -> c.text(v, p, false, DERIVED_PATH,
                    "a field path like 'credit.hoursPerCredit' or 'title.zh-Hans'"));
            compliance(quality.get("compliance"));
        }
    }

    /** {@code quality.compliance}: null (records from before the flags) or flag id to {@code {met, missing}}. */
    private void compliance(JsonNode compliance) {
        if (!c.type(compliance, "quality.compliance", OBJECT, true)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = compliance.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "quality.compliance." + e.getKey();
            if (!Compliance.FLAG_ID.matcher(e.getKey()).find()) {
                c.add("quality.compliance", "key is not a flag id (lower-case words joined by '-'): '" + NodeChecks.abbreviate(e.getKey()) + "'");
            }
            if (c.type(e.getValue(), path, OBJECT, false)) {
                c.type(c.member(e.getValue(), path, "met", true), child(path, "met"), BOOLEAN, false);
                c.array(c.member(e.getValue(), path, "missing", true), child(path, "missing"), false, true,
                        (v, p) -> c.text(v, p, false, FIELD_PATH, "a COL element or path like 'credit.value'"));
            }
        }
    }

    private void vocabularyList(JsonNode list, String path, Set<String> vocabulary) {
        c.array(list, path, true, true, (v, p) -> c.oneOf(v, p, false, vocabulary));
    }

    private void textList(JsonNode list, String path) {
        c.array(list, path, true, false, this::freeTextRequired);
    }

    /** A language map whose values are text lists: BCP 47 keys, each list of non-blank text. */
    private void listsByLanguage(JsonNode map, String path) {
        if (!c.type(map, path, OBJECT, true)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!BCP47.matches(e.getKey())) {
                c.add(path, "key is not a BCP 47 language tag: '" + NodeChecks.abbreviate(e.getKey()) + "'");
            }
            c.array(e.getValue(), path + "." + e.getKey(), false, false, this::freeTextRequired);
        }
    }

    private void idList(JsonNode list, String path) {
        c.array(list, path, true, true, (v, p) -> c.text(v, p, false, ID, "an id '<source>:<localId>'"));
    }

    private void url(JsonNode value, String path) {
        c.text(value, path, true, URL, "an absolute http(s) URL without spaces");
    }

    private void freeText(JsonNode value, String path) {
        c.text(value, path, true, NON_BLANK, "non-blank text (write null instead)");
    }

    private void freeTextRequired(JsonNode value, String path) {
        c.text(value, path, false, NON_BLANK, "non-blank text");
    }
}
