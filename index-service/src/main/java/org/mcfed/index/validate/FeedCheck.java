package org.mcfed.index.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.Quality;
import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.col.pipeline.Reject;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.colfeed.ColFeedConnector;
import org.mcfed.connector.colfeed.ColFeedPages;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.normalizer.Outcome;
import org.mcfed.normalizer.RawRecordNormalizer;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a registry's feed with the pipeline's own code: the col-feed connector reads each page
 * ({@link ColFeedPages}) and the normalizer's {@link RawRecordNormalizer} maps, standardises,
 * validates and scores every item, so a verdict here is what the harvest would do. Nothing is
 * published, nothing touches Kafka.
 */
@ApplicationScoped
class FeedCheck {

    /** The raw records' source name: the checked feed is nobody's configured source. */
    static final String SOURCE = "validate";
    static final String DOCUMENT = "document";

    private final RawRecordNormalizer normalizer = new RawRecordNormalizer(Map.of(ColFeedConnector.NAME, new ColFeedConnector()));
    private final ValidateConfig config;
    private final FeedFetcher fetcher;

    FeedCheck(ValidateConfig config, FeedFetcher fetcher) {
        this.config = config;
        this.fetcher = fetcher;
    }

    /** A pasted or uploaded document: one COL record, an array of them, a COL JSON feed page or an OAI-PMH page. */
    CheckReport document(byte[] body, String contentType) {
        CheckBudget budget = new CheckBudget(config);
        CheckReport.Builder report = new CheckReport.Builder();
        ColFeedPages.Protocol protocol = protocol(contentType, body);
        byte[] page = protocol == ColFeedPages.Protocol.JSON ? asFeedPage(body) : body;
        // A pasted document has no address; the provenance URL must still be http(s), so it gets one
        // under the reserved .invalid domain (RFC 2606), which no one can mistake for a registry.
        read(protocol, page, URI.create("https://pasted-document.invalid/" + DOCUMENT), DOCUMENT, budget, report);
        return report.build();
    }

    /** A feed URL: its first page and the pages its next cursors or resumptionTokens lead to, within the limits. */
    CheckReport url(URI url) throws UrlRefused {
        CheckBudget budget = new CheckBudget(config);
        CheckReport.Builder report = new CheckReport.Builder();
        URI next = url;
        while (next != null) {
            if (!budget.takePage()) {
                report.cut(CheckLimit.PAGES, next.toString(), "stopped after " + config.maxPages()
                        + " pages (the validator's page limit); this page and later ones were not checked");
                break;
            }
            FetchedPage fetched;
            try {
                fetched = fetcher.fetch(next, budget);
            } catch (UrlRefused e) {
                if (next == url) {
                    throw e;
                }
                report.problem(next.toString(), "not fetched: " + e.getMessage());
                break;
            } catch (FetchFailed e) {
                if (e.limit() != null) {
                    report.cut(e.limit(), next.toString(), e.getMessage());
                } else {
                    report.problem(next.toString(), e.getMessage());
                }
                break;
            }
            ColFeedPages.Protocol protocol = protocol(fetched.contentType(), fetched.body());
            String cursor = read(protocol, fetched.body(), fetched.url(), fetched.url().toString(), budget, report);
            next = cursor == null ? null : ColFeedPages.nextPage(protocol, fetched.url(), cursor);
        }
        return report.build();
    }

    /** Reads one page into the report; the page's next cursor when the walk may go on, else null. */
    private String read(ColFeedPages.Protocol protocol, byte[] body, URI pageUrl, String pageName,
                        CheckBudget budget, CheckReport.Builder report) {
        report.page();
        ColFeedPages.Page page;
        try {
            page = ColFeedPages.read(protocol, body, SOURCE, pageUrl, Instant.now());
        } catch (PageParseException e) {
            report.problem(pageName, "unreadable " + (protocol == ColFeedPages.Protocol.OAI ? "OAI-PMH" : "COL JSON")
                    + " page: " + e.getMessage());
            return null;
        }
        for (ItemProblem bad : page.unidentified()) {
            report.problem(pageName, bad.item() + ": " + bad.problem());
        }
        for (RawRecord raw : page.records()) {
            if (budget.expired()) {
                report.cut(CheckLimit.TIME, pageName, "timed out: the check's " + budget.timeout()
                        + " ran out; items from " + raw.localId() + " on were not checked");
                return null;
            }
            if (!budget.takeRecord()) {
                report.cut(CheckLimit.RECORDS, pageName, "stopped after " + config.maxRecords()
                        + " items (the validator's record limit); items from " + raw.localId() + " on were not checked");
                return null;
            }
            verdict(raw, report);
        }
        return page.next();
    }

    /**
     * What the pipeline left out of a published record because the stated value breaks the COL schema:
     * the normaliser's repairs, or (when the connector already left it out while binding) each field
     * that {@code quality.derived} names but the record does not hold.
     */
    private static List<Reject.Reason> repairs(Outcome.Published p) {
        Quality quality = p.record().quality();
        if (!p.repairs().isEmpty() || quality == null || quality.derived() == null) {
            return p.repairs();
        }
        JsonNode record = ColJson.mapper().valueToTree(p.record());
        return quality.derived().stream().filter(field -> field.indexOf('.') < 0 && field.indexOf('[') < 0).filter(field -> {
            JsonNode value = record.get(field);
            return value == null || value.isNull() || (value.isContainerNode() && value.isEmpty());
        }).map(field -> new Reject.Reason(field, "the stated value breaks the COL schema and was left out")).toList();
    }

    private void verdict(RawRecord raw, CheckReport.Builder report) {
        Outcome outcome = normalizer.normalize(raw);
        if (outcome instanceof Outcome.Published p) {
            List<Reject.Reason> repairs = repairs(p);
            report.record(new RecordVerdict(p.record().id(), repairs.isEmpty() ? RecordVerdict.PUBLISHED : RecordVerdict.REPAIRED,
                    null, repairs, p.record().quality()));
        } else if (outcome instanceof Outcome.Rejected r) {
            report.record(new RecordVerdict(raw.localId(), RecordVerdict.REJECTED, r.rejectClass().label(),
                    r.reject().reasons(), null));
        } else {
            report.deletion();
        }
    }

    /** The page's protocol by its media type, else by its first character: {@code <} is XML (OAI-PMH), anything else JSON. */
    static ColFeedPages.Protocol protocol(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return ColFeedPages.Protocol.JSON;
        }
        if (type.contains("xml")) {
            return ColFeedPages.Protocol.OAI;
        }
        String text = new String(body, 0, Math.min(body.length, 256), StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        return text.startsWith("<") ? ColFeedPages.Protocol.OAI : ColFeedPages.Protocol.JSON;
    }

    /**
     * A pasted JSON document as a feed page: a page stays as it is, one record or an array of records
     * becomes the page's {@code records}; anything unreadable is passed on for the parser to name.
     */
    private static byte[] asFeedPage(byte[] body) {
        JsonNode root;
        try {
            root = ColJson.mapper().readTree(body);
        } catch (IOException e) {
            return body;
        }
        if (root == null || (root.isObject() && root.has("records"))) {
            return body;
        }
        if (root.isArray() || root.isObject()) {
            ObjectNode page = ColJson.mapper().createObjectNode();
            page.putArray("records").addAll(root.isArray() ? (ArrayNode) root : ColJson.mapper().createArrayNode().add(root));
            return ColJson.writeBytes(page);
        }
        return body;
    }
}
