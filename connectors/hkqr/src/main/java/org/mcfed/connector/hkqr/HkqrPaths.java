package org.mcfed.connector.hkqr;

import java.net.URI;

/**
 * HKQR's page addresses relative to the configured base URL (docs/sources/hkqr.md): the search
 * result for qualifications under 60 QF credits, Current and Upcoming by default and Archived on
 * request, and the English detail page's Traditional and Simplified Chinese twins under
 * {@code hkqr-tc} and {@code hkqr-sc}.
 */
final class HkqrPaths {

    /** Page 1 of the Current and Upcoming listing. */
    static final String CURRENT_LISTING = "HKQRPRD/web/hkqr-en/search/result?page=1&maxCredit=59";
    static final String ARCHIVED = "status=archived";
    /** Page 1 of the Archived listing. */
    static final String ARCHIVED_LISTING = CURRENT_LISTING + "&" + ARCHIVED;

    private HkqrPaths() {
    }

    static boolean isArchivedListing(String url) {
        return url != null && url.contains(ARCHIVED);
    }

    /** Whether a URL is an English detail page (what the sitemap lists; the Chinese twins follow from it). */
    static boolean isEnglishDetail(URI url) {
        return isEnglishDetail(url.getPath());
    }

    /** Whether a URL's path is an {@code hkqr-en} detail page's. */
    static boolean isEnglishDetail(String path) {
        return path != null && path.endsWith("/hkqr-en/search/detail");
    }

    /** The {@code hkqr-tc} page of an {@code hkqr-en} detail URL. */
    static URI traditionalDetail(URI englishDetail) {
        return URI.create(englishDetail.toString().replace("/hkqr-en/", "/hkqr-tc/"));
    }

    /** The {@code hkqr-sc} page of an {@code hkqr-en} detail URL. */
    static URI simplifiedDetail(URI englishDetail) {
        return URI.create(englishDetail.toString().replace("/hkqr-en/", "/hkqr-sc/"));
    }
}
