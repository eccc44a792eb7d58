package org.mcfed.connector.hkqr;

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

    static RawRecord of(String english, String chinese) throws PageParseException {
        Map<String, List<String>> fields = new HkqrDetailParser().parse(page(english), chinese == null ? null : page(chinese));
        String regNo = fields.get(HkqrField.REG_NO).get(0);
        String url = "https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail?regNo=" + regNo.replace("/", "%2F");
        return new RawRecord("hkqr", "hkqr", regNo, url, FETCHED_AT, "text/html", Checksums.of(fields, null), fields,
                null, List.of(), false, SourcePosition.start("run-1", null));
    }
}
