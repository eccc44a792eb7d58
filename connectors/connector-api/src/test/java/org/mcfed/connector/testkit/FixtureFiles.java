package org.mcfed.connector.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.page.HtmlPages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A connector's fixture files, {@code src/test/resources/fixtures/<name>}, as bytes or as the page the harvester would read. */
public final class FixtureFiles {

    private FixtureFiles() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = FixtureFiles.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture decoded as the harvester decodes a page served without a charset header (the page declares its own). */
    public static Document page(String name, URI url) {
        return HtmlPages.parse(bytes(name), null, url);
    }

    /**
     * Asserts {@code actual} equals the JSON in {@code fixtures/<expected>}; with
     * {@code -Dfixtures.write=true} it rewrites that file instead (read the diff).
     */
    public static void assertJson(ColRecord actual, String expected) throws IOException {
        String json = ColJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
        if (Boolean.getBoolean("fixtures.write")) {
            Files.writeString(Path.of("src/test/resources/fixtures", expected), json);
            return;
        }
        JsonNode want = ColJson.mapper().readTree(new String(bytes(expected), StandardCharsets.UTF_8));
        assertThat(ColJson.mapper().readTree(json)).as(json).isEqualTo(want);
    }
}
