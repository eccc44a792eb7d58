package org.mcfed.sandbox;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mcfed.sandbox.site.RegistrySite;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Scale 200 holds over a million records, generated on the fly: the last pages and the last records answer like the first. */
class MillionRecordScaleIT {

    @Test
    void scale200ServesOverAMillionRecords() {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(42).scale(200).port(0).build().start()) {
            long total = 0;
            for (String s : sb.sources()) {
                total += sb.site(s).ledger().liveCount();
            }
            assertThat(total).isGreaterThanOrEqualTo(1_000_000);
            assertThat(sb.site("hkqr").ledger().liveCount()).isEqualTo(4376 * 200);

            RegistrySite nzqa = sb.site("nzqa");
            int pages = (nzqa.ledger().liveCount(0) + 19) / 20;
            Document last = Http.page(URI.create(sb.baseUrl("nzqa") + "/micro-credentials/register?page=" + pages));
            assertThat(last.select("a[rel=next]")).isEmpty();
            String href = last.select("table.register td a").last().attr("abs:href");
            assertThat(Labels.dl(Http.page(URI.create(href)), "dl.mc-details").get("title")).isNotBlank();

            RegistrySite hkqr = sb.site("hkqr");
            String lastId = hkqr.localId(hkqr.ledger().size() - 1);
            assertThat(lastId).startsWith(lastId.substring(0, 3)).contains("/875200/");
            Document hk = Http.page(URI.create(sb.baseUri() + ConditionalGetIT.detailPath(sb, "hkqr", lastId)));
            assertThat(Labels.rows(hk, "table.qr-detail tr").get("qr registration no.")).isEqualTo(lastId);

            String feed = Http.text(Http.get(URI.create(sb.baseUrl("col-feed") + "/col/v1/records?limit=1000")));
            assertThat(feed).contains("\"next\":\"");
        }
    }
}
