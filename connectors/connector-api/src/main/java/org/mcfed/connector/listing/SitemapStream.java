package org.mcfed.connector.listing;

import org.mcfed.connector.KnownRecord;
import org.mcfed.connector.http.RegistryHttpClient;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * An incremental run's sitemap, read and diffed on a thread of its own, its pages to fetch handed over in batches as
 * soon as they are diffed, so that the first changed records are fetched and published while the rest of the sitemap
 * is still being read. Read whole before any fetch, HKQR's sitemap at a million records (713,288 pages in 15 files)
 * took 11.4 s, and fetching its 7,133 changed pages took 5.0 s more; read as a stream, the last fetch ended 0.6 s after
 * the sitemap's end (BENCHMARKS.md, 2026-12-06, twenty-fourth session).
 * <p>
 * What the poll thread takes ({@link #poll}, {@link #take}), in order: batches of pages to fetch, then either the
 * {@link End} (the unchanged ids, known only once every file is read, and the counts) or a {@link Failed} sitemap. A
 * failed sitemap hands over nothing more: the batches already handed over are fetched, and the run walks the listing
 * for the rest, as when it could not read the sitemap at all (the walk skips the pages it already fetched). The
 * unchanged ids of a failed sitemap are dropped, since a page missing from them would be swept as deleted.
 */
final class SitemapStream {

    /** What the reader hands over next. */
    sealed interface Next permits Batch, End, Failed {
    }

    /** Pages to fetch, in the sitemap's order. */
    record Batch(List<ListingEntry> entries) implements Next {
    }

    /** The sitemap was read whole: the ids it shows unchanged, the pages it listed and skipped, its requests. */
    record End(List<String> unchanged, int listed, int toFetch, int skipped, int requests) implements Next {
    }

    /** The sitemap could not be read whole, and why. */
    record Failed(String reason, int requests) implements Next {
    }

    private final URI sitemap;
    private final RegistryHttpClient http;
    private final Executor ahead;
    private final Map<String, KnownRecord> known;
    private final SitemapPages pages;
    private final URI base;
    private final int batchSize;
    private final ArrayDeque<Next> ready = new ArrayDeque<>();
    private volatile boolean cancelled;
    private final Thread reader;

    private SitemapStream(String source, RegistryHttpClient http, Executor ahead, URI sitemap, Map<String, KnownRecord> known,
                          SitemapPages pages, URI base, int batchSize) {
        this.sitemap = sitemap;
        this.http = http;
        this.ahead = ahead;
        this.known = known;
        this.pages = pages;
        this.base = base;
        this.batchSize = batchSize;
        this.reader = new Thread(this::read, "harvest-" + source + "-sitemap");
        this.reader.setDaemon(true);
    }

    /**
     * Starts reading {@code sitemap} on a daemon thread named after the source.
     *
     * @param ahead     where the reader fetches an index's next file while it reads the current one (null: in turn)
     * @param known     the records known from earlier runs, read on the reader's thread while the run commits what it
     *                  fetches (the harvester's state is a concurrent map; a page is diffed before it is fetched)
     * @param pages     how the connector reads a listed page's id and entry
     * @param batchSize pages to fetch per batch
     */
    static SitemapStream start(String source, RegistryHttpClient http, Executor ahead, URI sitemap, Map<String, KnownRecord> known,
                               SitemapPages pages, URI base, int batchSize) {
        SitemapStream stream = new SitemapStream(source, http, ahead, sitemap, known, pages, base, batchSize);
        stream.reader.start();
        return stream;
    }

    /** The sitemap read. */
    URI sitemap() {
        return sitemap;
    }

    private void read() {
        List<ListingEntry> batch = new ArrayList<>(batchSize);
        SitemapChanges.Diff diff = new SitemapChanges.Diff(known, pages, base, entry -> {
            batch.add(entry);
            if (batch.size() == batchSize) {
                hand(new Batch(List.copyOf(batch)));
                batch.clear();
            }
        });
        SitemapReader.Result read;
        try {
            read = new SitemapReader(http, ahead).read(sitemap, url -> {
                if (cancelled) {
                    throw new Cancelled();
                }
                diff.accept(url);
            });
        } catch (Cancelled e) {
            return;
        } catch (RuntimeException e) {
            if (cancelled) {
                return;
            }
            // a connector's sitemapEntry failing, or the run's workers shut down under the read: no complete sitemap
            hand(new Failed("sitemap " + sitemap + " unreadable: " + e, 0));
            return;
        }
        if (read.failure() != null) {
            hand(new Failed(read.failure(), read.requests()));
            return;
        }
        if (!batch.isEmpty()) {
            hand(new Batch(List.copyOf(batch)));
        }
        SitemapChanges changes = diff.changes();
        hand(new End(changes.unchanged(), diff.listed(), diff.fetchCount(), changes.skipped(), read.requests()));
    }

    private synchronized void hand(Next next) {
        ready.add(next);
        notifyAll();
    }

    /** What the reader handed over next, or null when nothing is ready yet. */
    synchronized Next poll() {
        return ready.poll();
    }

    /** What the reader hands over next, waiting for it. */
    synchronized Next take() throws InterruptedException {
        while (ready.isEmpty()) {
            wait();
        }
        return ready.poll();
    }

    /**
     * Stops the reader at its next page (the run ended or stopped). A poll thread waiting in {@link #take} gets a
     * {@link Failed}, so a run stopped from another thread never leaves it waiting.
     */
    void cancel() {
        cancelled = true;
        reader.interrupt();
        hand(new Failed("sitemap " + sitemap + ": read stopped", 0));
    }

    /** Unwinds the reader once cancelled. */
    private static final class Cancelled extends RuntimeException {

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
