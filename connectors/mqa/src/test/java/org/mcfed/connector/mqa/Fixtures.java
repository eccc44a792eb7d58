package org.mcfed.connector.mqa;

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

    static final URI BASE = URI.create("https://www2.mqa.gov.my/mqr/english/");
    static final Instant FETCHED_AT = Instant.parse("2026-11-23T06:00:00Z");

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        return FixtureFiles.bytes(name);
    }

    static Document page(String name, URI url) {
        return FixtureFiles.page(name, url);
    }

    static Map<String, List<String>> english(String name) throws PageParseException {
        return new MqaDetailParser().parseEnglish(page(name, BASE));
    }

    static Map<String, List<String>> malay(String name) throws PageParseException {
        return new MqaDetailParser().parseMalay(page(name, BASE));
    }

    /** The raw record the task would emit for these fields fetched as {@code localId}'s detail page. */
    static RawRecord raw(Map<String, List<String>> fields, String localId) {
        String url = BASE + "epapar.cfm?NoRujA=" + java.net.URLEncoder.encode(localId, java.nio.charset.StandardCharsets.UTF_8) + "&IdAkrKP=1101";
        return new RawRecord("mqa", "mqa", localId, url, FETCHED_AT, "text/html; charset=windows-1252", Checksums.of(fields, null),
                fields, null, List.of(), false, SourcePosition.start("fixture", null).at(BASE + "eakrmc.cfm?StartRow=1"));
    }

    static RawRecord raw(String english, String localId) throws PageParseException {
        return raw(english(english), localId);
    }

    /** The raw record of an English page and its Malay twin, as the task merges them. */
    static RawRecord raw(String english, String malay, String localId) throws PageParseException {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>(english(english));
        fields.putAll(malay(malay));
        return raw(fields, localId);
    }
}
