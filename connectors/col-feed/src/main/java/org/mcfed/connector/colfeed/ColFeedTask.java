package org.mcfed.connector.colfeed;

import org.jboss.logging.Logger;
import org.mcfed.connector.FetchFailure;
import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.PollResult;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourceConfig;
import org.mcfed.connector.SourceConfigCheck;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.SourceTask;
import org.mcfed.connector.http.FetchOutcome;
import org.mcfed.connector.http.RegistryHttpClient;
import org.mcfed.connector.listing.NextLinkGuard;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One harvest of a COL feed, JSON or OAI-PMH ({@link ColFeedOptions#protocol()}), from a national
 * registry or another mcfed's index-service. Each {@link #poll()} reads one page.
 * <ul>
 * <li>{@code resume.since()} null is a full run: every live record, complete when the last page is
 * read, so the harvester's deletion sweep applies. Otherwise only the changes at or after
 * {@code since} are read; known records the feed does not list are by definition unchanged and are
 * reported so, so that the sweep deletes nothing and deletions come only from the feed's own list.</li>
 * <li>Records keep the feed's COL id verbatim as local id; deletions become {@code deleted} raw records.</li>
 * <li>The final position's {@code since} is the greatest {@code updatedAt} (datestamp) seen: the next run's watermark.
 * During a run the position carries the run's own {@code since} and the next cursor, so a restart resumes the page walk.</li>
 * <li>A cursor seen before ends the run with a failure instead of looping; a page that cannot be
 * fetched or read ends it incomplete with the reason.</li>
 * <li>One bad item costs that item only: an identified one is emitted with its problems (rejected
 * downstream with them, and counted), every bad one is named in the poll's item problems for the run
 * report, and the page's other items and the next page are read as usual.</li>
 * </ul>
 */
final class ColFeedTask implements SourceTask {

    private static final Logger LOG = Logger.getLogger(ColFeedTask.class);

    private final Clock clock;
    private SourceConfig config;
    private FeedProtocol protocol;
    private RegistryHttpClient http;
    private Map<String, KnownRecord> known = Map.of();
    private final NextLinkGuard guard = new NextLinkGuard();
    /** Id to the newest {@code updatedAt} / {@code deletedAt} emitted this run, so a repeated row is read once. */
    private final Map<String, Instant> seen = new HashMap<>();
    private SourcePosition position;
    private Instant watermark;
    private URI nextPage;
    private boolean done;
    private int pages;
    private int fetched;
    private int unchanged;
    private int failed;
    private int itemProblems;

    ColFeedTask() {
        this(Clock.systemUTC());
    }

    ColFeedTask(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void start(SourceConfig config, SourcePosition resume, Map<String, KnownRecord> known) {
        this.config = SourceConfigCheck.validate(config);
        ColFeedOptions options = ColFeedOptions.of(config);
        this.protocol = options.protocol().equals("oai")
                ? new OaiProtocol(config.baseUrl(), options.metadataPrefix(), options.set())
                : new JsonFeedProtocol(config.baseUrl(), options.limit());
        this.http = new RegistryHttpClient(config);
        this.known = known == null ? Map.of() : known;
        this.position = resume;
        this.watermark = resume.since();
        this.nextPage = resume.cursor() != null ? protocol.nextPage(resume.cursor(), resume.since()) : protocol.firstPage(resume.since());
        this.done = false;
    }

    @Override
    public PollResult poll() {
        if (done) {
            return PollResult.finished(List.of(), List.of(), List.of(), position, false);
        }
        List<RawRecord> records = new ArrayList<>();
        List<String> unchangedIds = new ArrayList<>();
        URI pageUrl = nextPage;
        FetchOutcome outcome = http.get(pageUrl);
        pages++;
        if (!(outcome instanceof FetchOutcome.Fetched body)) {
            String reason = outcome instanceof FetchOutcome.Failed f ? f.reason() : "unexpected 304 without validators";
            boolean retriable = outcome instanceof FetchOutcome.Failed f && f.retriable();
            return finish(records, unchangedIds, List.of(new FetchFailure(null, pageUrl.toString(), reason, retriable)), false);
        }
        FeedPage page;
        try {
            page = protocol.parse(pageUrl, body.body());
        } catch (PageParseException e) {
            return finish(records, unchangedIds, List.of(new FetchFailure(null, pageUrl.toString(),
                    "unreadable feed page: " + e.getMessage(), false)), false);
        }
        SourcePosition here = position.at(page.next());
        Instant now = clock.instant();
        for (FeedEntry entry : page.entries()) {
            Instant before = seen.get(entry.id());
            // an item without a readable time is read once per run
            if (before != null && (entry.at() == null || !entry.at().isAfter(before))) {
                continue;
            }
            seen.put(entry.id(), entry.at() == null ? Instant.MIN : entry.at());
            RawRecord raw = entry.toRaw(config.name(), protocol.itemUrl(entry.id(), pageUrl), now, here);
            KnownRecord was = known.get(entry.id());
            if (!entry.deleted() && !raw.unreadable() && was != null && raw.checksum().equals(was.checksum())) {
                unchangedIds.add(entry.id());
            } else {
                records.add(raw);
            }
            if (!entry.deleted() && entry.at() != null && (watermark == null || entry.at().isAfter(watermark))) {
                watermark = entry.at();
            }
        }
        fetched += records.size();
        unchanged += unchangedIds.size();
        itemProblems += page.problems().size();
        position = here;
        if (page.next() == null) {
            // a resumed run derives them again from what it knows and what the feed lists
            List<String> notListed = notListed();
            return finish(records, unchangedIds, List.of(), true).withItemProblems(page.problems()).withRederivedUnchanged(notListed);
        }
        if (!guard.firstVisit(page.next())) {
            return finish(records, unchangedIds, List.of(new FetchFailure(null, pageUrl.toString(),
                    "cursor loop: the feed's next cursor '" + page.next() + "' was already followed in this run", false)), false)
                    .withItemProblems(page.problems());
        }
        nextPage = protocol.nextPage(page.next(), position.since());
        return PollResult.more(records, unchangedIds, List.of(), position).withItemProblems(page.problems());
    }

    /** In an incremental run, the known records the feed did not list have not changed since the watermark. */
    private List<String> notListed() {
        if (position.since() == null) {
            return List.of();
        }
        Set<String> rest = new TreeSet<>(known.keySet());
        rest.removeAll(seen.keySet());
        unchanged += rest.size();
        return List.copyOf(rest);
    }

    private PollResult finish(List<RawRecord> records, List<String> unchangedIds, List<FetchFailure> failures, boolean complete) {
        done = true;
        failed += failures.size();
        SourcePosition end = new SourcePosition(position.runId(), null, watermark);
        position = end;
        LOG.infof("harvest %s (col-feed, %s): %d pages, %d fetched, %d unchanged, %d failed, %d item problems, complete=%s, next since=%s",
                config.name(), protocol instanceof OaiProtocol ? "oai" : "json", pages, fetched, unchanged, failed, itemProblems,
                complete, watermark);
        return PollResult.finished(records, unchangedIds, failures, end, complete);
    }

    @Override
    public void stop() {
        done = true;
    }
}
