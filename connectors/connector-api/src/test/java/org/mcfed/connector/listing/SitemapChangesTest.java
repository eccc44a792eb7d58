package org.mcfed.connector.listing;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.KnownRecord;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a sitemap says changed: the lastmod against the known Last-Modified, and what is never trusted. */
class SitemapChangesTest {

    private static final URI BASE = URI.create("http://registry.example/nzqa");
    private static final String FETCHED = "Thu, 01 Jan 2026 10:00:00 GMT";

    private static SitemapReader.Url url(String id, String lastmod) {
        return new SitemapReader.Url(BASE + "/micro-credentials/" + id, SitemapReader.lastModified(lastmod));
    }

    /** The id in a {@code /micro-credentials/<id>} path. */
    private static String idOf(String path, String rawQuery) {
        return path.contains("/micro-credentials/") ? path.substring(path.lastIndexOf('/') + 1) : null;
    }

    private static SitemapChanges diff(List<SitemapReader.Url> urls, Map<String, KnownRecord> known) {
        SitemapChanges.Diff diff = new SitemapChanges.Diff(known, new SitemapPages(SitemapChangesTest::idOf,
                u -> idOf(u.getPath(), u.getRawQuery()) == null ? null : ListingEntry.of(idOf(u.getPath(), u.getRawQuery()), u)), BASE);
        urls.forEach(diff);
        assertThat(diff.listed()).isEqualTo(urls.size());
        return diff.changes();
    }

    @Test
    void aPageNotNewerThanItsKnownLastModifiedIsUnchangedAndEveryOtherIsFetched() {
        Map<String, KnownRecord> known = Map.of(
                "1-1", new KnownRecord("1-1", "\"a\"", FETCHED, "sha256:1"),
                "2-1", new KnownRecord("2-1", "\"b\"", FETCHED, "sha256:2"),
                "3-1", new KnownRecord("3-1", "\"c\"", null, "sha256:3"),
                "4-1", new KnownRecord("4-1", "\"d\"", FETCHED, "sha256:4"));
        SitemapChanges changes = diff(List.of(
                url("1-1", "2026-01-01T10:00:00Z"),   // as fetched
                url("2-1", "2026-01-01T10:00:01Z"),   // a second later
                url("3-1", "2025-01-01T00:00:00Z"),   // no Last-Modified kept: fetched (conditionally)
                url("4-1", null),                     // no lastmod: fetched
                url("5-1", "2020-01-01T00:00:00Z")),  // new
                known);

        assertThat(changes.unchanged()).containsExactly("1-1");
        assertThat(changes.toFetch()).extracting(ListingEntry::localId).containsExactly("2-1", "3-1", "4-1", "5-1");
    }

    @Test
    void aBareDateCountsAsTheEndOfThatDaySoALaterChangeThatDayIsStillFetched() {
        assertThat(SitemapReader.lastModified("2026-01-01")).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(SitemapReader.lastModified("2026-01-01T12:00:00+08:00")).isEqualTo(Instant.parse("2026-01-01T04:00:00Z"));
        assertThat(SitemapReader.lastModified("yesterday")).isNull();
        SitemapChanges changes = diff(List.of(url("1-1", "2026-01-01")),
                Map.of("1-1", new KnownRecord("1-1", null, FETCHED, "sha256:1")));
        assertThat(changes.toFetch()).extracting(ListingEntry::localId).containsExactly("1-1");
    }

    @Test
    void pagesOfOtherSitesOrNoRecordAreSkippedAndAnIdListedTwiceCountsOnce() {
        SitemapChanges changes = diff(List.of(
                new SitemapReader.Url("http://elsewhere.example/nzqa/micro-credentials/9-1", null),
                new SitemapReader.Url(BASE + "/about", null),
                url("1-1", null), url("1-1", null)), Map.of());

        assertThat(changes.skipped()).isEqualTo(2);
        assertThat(changes.toFetch()).extracting(ListingEntry::localId).containsExactly("1-1");
    }

    @Test
    void aUrlThatIsNotPlainIsReadByItsUriAsTheConnectorWouldRead() {
        // the path percent-encoded: a URI reads it decoded, so the id is 1-1, known and unchanged
        SitemapChanges changes = diff(List.of(new SitemapReader.Url(BASE + "/micro-credentials/1%2D1", SitemapReader.lastModified("2026-01-01T10:00:00Z")),
                        new SitemapReader.Url(BASE + "/micro-credentials/2%2D1", null)),
                Map.of("1-1", new KnownRecord("1-1", null, FETCHED, "sha256:1")));
        assertThat(changes.unchanged()).containsExactly("1-1");
        assertThat(changes.toFetch()).extracting(ListingEntry::localId).containsExactly("2-1");
        assertThat(changes.toFetch().get(0).detailUrl()).isEqualTo(URI.create(BASE + "/micro-credentials/2%2D1"));
    }

    @Test
    void aConnectorThatReadsAnotherIdFromTheUriThanFromItsTextFailsTheDiff() {
        SitemapChanges.Diff diff = new SitemapChanges.Diff(Map.of(), new SitemapPages(SitemapChangesTest::idOf,
                u -> ListingEntry.of("other", u)), BASE);
        assertThatThrownBy(() -> diff.accept(url("1-1", null))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("as other from its URI and as 1-1 from its path and query");
    }
}
