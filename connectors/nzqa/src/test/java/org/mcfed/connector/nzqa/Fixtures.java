package org.mcfed.connector.nzqa;

import org.jsoup.nodes.Document;
import org.mcfed.connector.Checksums;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.page.PageParseException;
import org.mcfed.connector.testkit.FixtureFiles;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Fixture pages of src/test/resources/fixtures read the way the task reads a fetched page. */
final class Fixtures {

    static final URI BASE = URI.create("https://www.nzqa.govt.nz/nzqa/micro-credentials/");
    static final Instant FETCHED_AT = Instant.parse("2026-11-23T06:00:00Z");

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        return FixtureFiles.bytes(name);
    }

    static Document page(String name, URI url) {
        return FixtureFiles.page(name, url);
    }

    static Map<String, List<String>> fields(String name) throws PageParseException {
        return new NzqaDetailParser().parse(page(name, BASE));
    }

    /** The raw record the task would emit for this fixture served as {@code localId}'s detail page. */
    static RawRecord raw(String name, String localId) throws PageParseException {
        Map<String, List<String>> fields = fields(name);
        String url = BASE.resolve(localId).toString();
        return new RawRecord("nzqa", "nzqa", localId, url, FETCHED_AT, "text/html", Checksums.of(fields, null), fields,
                null, List.of(), false, SourcePosition.start("fixture", null).at(BASE + "register?page=1"));
    }
}
