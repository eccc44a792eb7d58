package org.mcfed.sandbox;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HKQR register at scale 1 holds exactly the published QF level x credit table
 * (docs/sources/hkqr.md, Sep 2023), read cell by cell from the listing pages over HTTP.
 */
class HkqrDistributionIT {
    /** docs/sources/hkqr.md: rows 1-10, 11-20, 21-30, 31-40, 41-50, 51-59 credits; columns QF level 1..6. */
    static final int[][] PUBLISHED = {
        {839, 1088, 345, 84, 3, 1},
        {306, 179, 96, 314, 9, 5},
        {221, 353, 150, 61, 6, 5},
        {40, 29, 37, 51, 7, 2},
        {1, 10, 44, 73, 1, 1},
        {0, 2, 8, 5, 0, 0},
    };

    static RegistrySandbox sb;

    @BeforeAll
    static void start() {
        sb = RegistrySandbox.builder().seed(42).scale(1.0).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        sb.close();
    }

    @Test
    void currentAndArchivedListingsTogetherMatchThePublishedTableCellForCell() {
        int[][] counted = new int[6][6];
        Set<String> regNos = new HashSet<>();
        String base = sb.baseUrl("hkqr") + "/HKQRPRD/web/hkqr-en/search/result?page=1&maxCredit=59";
        int archivedRows = 0;
        for (String listing : List.of(base, base + "&status=archived")) {
            List<Document> pages = Listings.walk(URI.create(listing), "a.next", 200);
            for (Document page : pages) {
                assertThat(page.select("table#qr-result tr").first().select("th").eachText()).containsExactly(
                        "QR Registration No.", "Qualification Title", "QF Level", "QF Credit", "Operator", "Validity Period");
                for (Element tr : page.select("table#qr-result tr:has(td)")) {
                    String regNo = tr.child(0).text();
                    int level = Integer.parseInt(tr.child(2).text());
                    int credit = Integer.parseInt(tr.child(3).text());
                    assertThat(regNo).matches("\\d{2}/\\d{6}/L" + level);
                    assertThat(regNos.add(regNo)).as("listed once: " + regNo).isTrue();
                    assertThat(credit).isBetween(1, 59);
                    counted[credit == 0 ? 0 : Math.min(5, (credit - 1) / 10)][level - 1]++;
                    if (listing.endsWith("archived")) {
                        archivedRows++;
                    }
                }
            }
        }
        for (int band = 0; band < 6; band++) {
            for (int level = 0; level < 6; level++) {
                assertThat(counted[band][level]).as("credit band %d, QF level %d", band, level + 1).isEqualTo(PUBLISHED[band][level]);
            }
        }
        assertThat(regNos).hasSize(4376).isEqualTo(sb.truth().source("hkqr").liveIds());
        assertThat(archivedRows).as("archived records are listed only on request").isBetween(400, 1000);
    }

    @Test
    void tableScalesWithTheScaleFactor() {
        try (RegistrySandbox big = RegistrySandbox.builder().seed(1).scale(10).port(0).build().start()) {
            int[][] counted = new int[6][6];
            var site = (org.mcfed.sandbox.site.hkqr.HkqrSite) big.site("hkqr");
            for (int i = 0; i < site.ledger().size(); i++) {
                counted[Math.min(5, (site.credit(i) - 1) / 10)][site.level(i) - 1]++;
            }
            for (int band = 0; band < 6; band++) {
                for (int level = 0; level < 6; level++) {
                    assertThat(counted[band][level]).isEqualTo(PUBLISHED[band][level] * 10);
                }
            }
        }
    }
}
