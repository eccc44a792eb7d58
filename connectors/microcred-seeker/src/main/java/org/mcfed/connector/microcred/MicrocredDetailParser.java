package org.mcfed.connector.microcred;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.mcfed.col.json.ColJson;
import org.mcfed.connector.RawFields;
import org.mcfed.connector.page.LabelledValues;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.page.PageText;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Reads a Microcred Seeker course page: the title ({@code h1}), the description, every
 * {@code <div class="attr"><span class="k">label</span><span class="v">value</span></div>} by its
 * label in any order, and the embedded schema.org {@code Course} JSON-LD under {@code ld.*} keys
 * (kept apart, since the visible text wins where they disagree).
 */
public final class MicrocredDetailParser {

    /** CSS queries compiled once: jsoup re-parses a query string on every select call. */
    private static final Evaluator ATTRIBUTE_LABELS = QueryParser.parse("div.attr > span.k");
    private static final Evaluator HEADING = QueryParser.parse("h1");
    private static final Evaluator DESCRIPTION = QueryParser.parse(".description, .course-description, [itemprop=description]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

    /**
     * @param page    the detail page, parsed with its URL as base URI
     * @param slug    the course slug and local id from the detail URL
     * @throws PageParseException when the page has neither a course title nor any course attribute
     */
    public Map<String, List<String>> parse(Document page, CourseSlug slug) throws PageParseException {
        LabelledValues attrs = LabelledValues.ofLabelCells(page.select(ATTRIBUTE_LABELS));
        Element h1 = page.selectFirst(HEADING);
        String title = h1 == null ? null : PageText.clean(h1.text());
        if (attrs.isEmpty() && title == null) {
            throw new PageParseException("no course details (h1, div.attr) on the course page");
        }
        RawFields fields = new RawFields()
                .put(MicrocredField.ID, slug.localId())
                .put(MicrocredField.SLUG, slug.slug())
                .put(MicrocredField.TITLE, title)
                .put(MicrocredField.DESCRIPTION, description(page))
                .put(MicrocredField.PROVIDER, attrs.text(MicrocredLabels.PROVIDER))
                .put(MicrocredField.STUDY_AREA, attrs.text(MicrocredLabels.STUDY_AREA))
                .put(MicrocredField.LEVEL, attrs.text(MicrocredLabels.LEVEL))
                .put(MicrocredField.VOLUME_OF_LEARNING, attrs.text(MicrocredLabels.VOLUME_OF_LEARNING))
                .put(MicrocredField.DURATION, attrs.text(MicrocredLabels.DURATION))
                .put(MicrocredField.DELIVERY_MODE, attrs.text(MicrocredLabels.DELIVERY_MODE))
                .put(MicrocredField.CAMPUS, attrs.text(MicrocredLabels.CAMPUS))
                .put(MicrocredField.COST, attrs.text(MicrocredLabels.COST))
                .put(MicrocredField.CREDIT_RECOGNITION, attrs.text(MicrocredLabels.CREDIT_RECOGNITION))
                .put(MicrocredField.AQF_RELATION, attrs.text(MicrocredLabels.AQF_RELATION))
                .put(MicrocredField.ASSESSMENT, attrs.text(MicrocredLabels.ASSESSMENT))
                .putAll(MicrocredField.LEARNING_OUTCOMES, attrs.items(MicrocredLabels.LEARNING_OUTCOMES))
                .put(MicrocredField.INDUSTRY_RECOGNITION, attrs.text(MicrocredLabels.INDUSTRY_RECOGNITION))
                .putAll(MicrocredField.START_DATES, attrs.items(MicrocredLabels.START_DATES));
        course(page, fields);
        return fields.build();
    }

    private static String description(Document page) {
        Element e = page.selectFirst(DESCRIPTION);
        return e == null ? null : PageText.clean(e.text());
    }

    /** The first schema.org {@code Course} among the page's JSON-LD blocks; an unreadable block is skipped (the visible text is what counts). */
    private static void course(Document page, RawFields fields) {
        for (Element script : page.select(JSON_LD)) {
            JsonNode course;
            try {
                course = findCourse(ColJson.mapper().readTree(script.data()));
            } catch (IOException unreadable) {
                continue;
            }
            if (course == null) {
                continue;
            }
            fields.put(MicrocredField.LD_NAME, text(course.get("name")))
                    .put(MicrocredField.LD_DESCRIPTION, text(course.get("description")))
                    .put(MicrocredField.LD_PROVIDER, text(course.path("provider").isObject()
                            ? course.path("provider").get("name") : course.get("provider")))
                    .put(MicrocredField.LD_TIME_REQUIRED, text(course.get("timeRequired")));
            JsonNode offers = course.path("offers");
            JsonNode offer = offers.isArray() ? offers.path(0) : offers;
            fields.put(MicrocredField.LD_PRICE, text(offer.get("price")))
                    .put(MicrocredField.LD_PRICE_CURRENCY, text(offer.get("priceCurrency")));
            return;
        }
    }

    private static JsonNode findCourse(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findCourse(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findCourse(node.get("@graph"));
        }
        return "Course".equals(node.path("@type").asText()) ? node : null;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isContainerNode() ? null : PageText.clean(value.asText());
    }
}
