package org.mcfed.sandbox.site;

import org.mcfed.sandbox.core.Dates;
import org.mcfed.sandbox.core.Hash;
import org.mcfed.sandbox.core.Rand;
import org.mcfed.sandbox.core.RecordLedger;
import org.mcfed.sandbox.core.SiteContext;
import org.mcfed.sandbox.fault.FaultPlan;
import org.mcfed.sandbox.fault.Malformation;
import org.mcfed.sandbox.fault.Redesign;
import org.mcfed.sandbox.http.HttpRequest;
import org.mcfed.sandbox.http.HttpResponse;
import org.mcfed.sandbox.truth.TruthRecord;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;

/**
 * One synthetic registry: its record ledger, its fault plan, and the pages it serves under
 * {@code /<name>}. Subclasses derive every value from (seed, source, index, revision): a
 * {@link #stable} stream for what never changes (identity, title) and a {@link #revised}
 * stream for what a tick may change.
 */
public abstract class RegistrySite {
    private static final List<String> ENGLISH = List.of("en");
    /** Records' first updatedAt is spread over this many seconds before the epoch. */
    private static final long HISTORY_SECONDS = 3L * 365 * 86400;

    protected final SiteContext ctx;
    protected final String name;
    protected final long sourceHash;
    protected final FaultPlan faults;
    protected RecordLedger ledger;

    protected RegistrySite(SiteContext ctx, String name) {
        this.ctx = ctx;
        this.name = name;
        this.sourceHash = Hash.of(name);
        this.faults = new FaultPlan(ctx.seed(), name);
    }

    /** Creates the ledger; called once the subclass's own fields are set. */
    protected final void open(int initialRecords, int categories) {
        this.ledger = new RecordLedger(initialRecords, categories, this::category, this::initialUpdatedAt);
    }

    public String name() {
        return name;
    }

    public String basePath() {
        return "/" + name;
    }

    public RecordLedger ledger() {
        return ledger;
    }

    public FaultPlan faults() {
        return faults;
    }

    /** The first listing page, for the sandbox's home page and the printed URLs. */
    public abstract String entryPage();

    /** The local id a connector emits for this record (the shared contract of common.md). */
    public abstract String localId(int index);

    /** The status as the page shows it. */
    public abstract String sourceStatus(int index, int revision);

    /** Whether the record maps to COL status {@code archived}. */
    public abstract boolean archived(int index, int revision);

    /** The subject key of the record's topic (the {@code concept} column of the topics file), shared across registries. */
    public abstract String concept(int index);

    /** BCP 47 tags of the languages the record's title is published in; English unless a registry publishes more. */
    public List<String> languages(int index) {
        return ENGLISH;
    }

    /**
     * The root-relative path of a record's detail page as its listing links to it, for the sitemap
     * ({@link Sitemap}); null for a registry without detail pages (the COL feed), which has no sitemap.
     */
    public String recordPath(int index) {
        return null;
    }

    /** Answers a request whose path starts with {@link #basePath()}; {@code subPath} is the rest. */
    public abstract HttpResponse serve(HttpRequest req, String subPath);

    /** The listing category of a record (0 unless a registry lists some records separately). */
    protected int category(int index, int revision) {
        return 0;
    }

    protected long initialUpdatedAt(int index) {
        long h = Hash.of(ctx.seed(), sourceHash, index, 0x5eed);
        return ctx.epochSeconds() - 86400 - (h >>> 1) % HISTORY_SECONDS;
    }

    /** Whether a record is among a share of the registry chosen by its identity alone, so at every revision. */
    protected boolean inStableShare(int index, long stream, int percent) {
        return Hash.below(Hash.of(ctx.seed(), sourceHash, index, stream), 100) < percent;
    }

    /** Draws for what never changes about a record. */
    protected Rand stable(int index) {
        return new Rand(Hash.of(ctx.seed(), sourceHash, index, 0x57ab1eL));
    }

    /** Draws for what a tick may change; the first draw is the status. */
    protected Rand revised(int index, int revision) {
        return new Rand(Hash.of(ctx.seed(), sourceHash, index, 0x1000L + revision));
    }

    public TruthRecord truth(int index) {
        int rev = ledger.revision(index);
        Malformation m = faults.malformation(index);
        return new TruthRecord(localId(index), Instant.ofEpochSecond(ledger.updatedAt(index)),
                archived(index, rev) ? "archived" : "active", sourceStatus(index, rev),
                m == null ? null : m.code(), m != null && m.expectReject(), m != null && mapsToInvalidRecord(m),
                concept(index), languages(index));
    }

    /**
     * Whether a page served with this malformation still maps, but to a record that breaks the COL
     * schema beyond repair (the normalizer rejects it as {@code invalid-record}). None by default.
     */
    protected boolean mapsToInvalidRecord(Malformation m) {
        return false;
    }

    /**
     * A page with validators: an ETag over its bytes and its Last-Modified instant (so a changed
     * record gets a new ETag even when a redraw happens to render the same text), Last-Modified as given.
     */
    public static HttpResponse page(String body, Charset encoding, String declaredCharset, String mediaType,
                                    long lastModified) {
        byte[] bytes = body.getBytes(encoding);
        return new HttpResponse(200, bytes)
                .header("Content-Type", mediaType + "; charset=" + declaredCharset)
                .header("ETag", etag(bytes, lastModified))
                .header("Last-Modified", Dates.http(lastModified));
    }

    /** A record's detail page as {@link #page}, in the changed shape while the "redesign" fault is on. */
    protected final HttpResponse recordPage(String body, Charset encoding, String declaredCharset, long lastModified) {
        String served = faults.spec().redesign() ? Redesign.of(body) : body;
        return page(served, encoding, declaredCharset, "text/html", lastModified);
    }

    public static String etag(byte[] bytes, long lastModified) {
        return "\"" + Long.toHexString(Hash.of(Hash.ofBytes(bytes), lastModified)) + "\"";
    }

    protected static int intParam(HttpRequest req, String name, int dflt) {
        String v = req.param(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a number, was '" + v + "'");
        }
    }

    /** A client error the router answers with 400 and the message. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String message) {
            super(message);
        }
    }
}
