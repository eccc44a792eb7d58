package org.mcfed.connector.hkqr;

import org.jsoup.nodes.Document;
import org.mcfed.connector.Checksums;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.page.PageParseException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.mcfed.connector.hkqr.Fixtures.page;

/** Raw records as {@link HkqrTask} builds them, from fixture pages, with a fixed fetch time. */
final class HkqrRaw {

    static final Instant FETCHED_AT = Instant.parse("2026-11-23T06:00:00Z");

    private HkqrRaw() {
    }

    /** The record of these fixture pages; a null Chinese page is one that could not be fetched or does not exist. */
    static RawRecord of(String english, String traditional, String simplified) throws PageParseException {
        Map<String, List<String>> fields = new HkqrDetailParser().parse(page(english), pageOrNull(traditional), pageOrNull(simplified));
        String regNo = fields.get(HkqrField.REG_NO).get(0);
        String url = "https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail?regNo=" + regNo.replace("/", "%2F");
        return new RawRecord("hkqr", "hkqr", regNo, url, FETCHED_AT, "text/html", Checksums.of(fields, null), fields,
                null, List.of(), false, SourcePosition.start("run-1", null));
    }

    private static Document pageOrNull(String name) {
        return name == null ? null : page(name);
    }
}
