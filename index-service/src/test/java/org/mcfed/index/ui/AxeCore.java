package org.mcfed.index.ui;

import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Deque's axe-core accessibility engine, from the npm registry's pinned tarball (there is no
 * webjar of it on Maven Central): fetched once, checked against the registry's published
 * sha512 integrity, cached under {@code ~/.cache/mcfed/}, and injected into the page under test.
 */
final class AxeCore {

    static final String VERSION = "4.10.3";
    static final URI TARBALL = URI.create("https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz");
    /** {@code dist.integrity} of axe-core 4.10.3 as the npm registry publishes it. */
    static final String INTEGRITY = "sha512-Xm7bpRXnDSX2YE2YFfBk2FnF0ep6tmG7xPh8iHee8MIcrgq762Nkce856dYtJYLkuIoYZvGfTs/PbZhideTcEg==";
    static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "mcfed", "axe-core-" + VERSION + ".tgz");

    /** Runs axe and keeps what WCAG failures a learner would hit hardest; each line names the rule, the impact and up to five elements. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ["violations"] }).then((r) => done(r.violations
                .filter((v) => v.impact === "serious" || v.impact === "critical")
                .map((v) => `${v.id} (${v.impact}): ${v.help}: ` + v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} ${n.html}`).join(" | "))),
              (e) => done([`axe failed: ${e}`]));
            """;

    private static String script;

    private AxeCore() {
    }

    /** The serious and critical axe violations of the page the browser shows, as readable lines (empty when none). */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver browser) {
        browser.executeScript(source());
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<String>) browser.executeAsyncScript(RUN);
    }

    private static synchronized String source() {
        if (script == null) {
            script = new String(entry(tarball(), "package/axe.min.js"), StandardCharsets.UTF_8);
        }
        return script;
    }

    private static byte[] tarball() {
        try {
            if (Files.isRegularFile(CACHE) && INTEGRITY.equals(integrity(Files.readAllBytes(CACHE)))) {
                return Files.readAllBytes(CACHE);
            }
            HttpResponse<byte[]> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(20)).build()
                    .send(HttpRequest.newBuilder(TARBALL).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the npm registry answered " + response.statusCode());
            }
            String got = integrity(response.body());
            if (!INTEGRITY.equals(got)) {
                throw new IllegalStateException("integrity mismatch: expected " + INTEGRITY + ", got " + got);
            }
            Files.createDirectories(CACHE.getParent());
            Files.write(CACHE, response.body());
            return response.body();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("axe-core " + VERSION + " could not be fetched from " + TARBALL + " (" + e.getMessage()
                    + "); to run offline, put that tarball at " + CACHE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching axe-core", e);
        }
    }

    static String integrity(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One file of a gzipped ustar archive (npm's tarball format: 512-byte headers, octal sizes). */
    static byte[] entry(byte[] tgz, String name) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(tgz))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String entryName = field(header, 0, 100);
                String prefix = field(header, 345, 155);
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                byte[] body = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (name.equals(prefix.isEmpty() ? entryName : prefix + "/" + entryName)) {
                    return body;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("the axe-core tarball could not be read", e);
        }
        throw new IllegalStateException("no " + name + " in the axe-core " + VERSION + " tarball");
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
