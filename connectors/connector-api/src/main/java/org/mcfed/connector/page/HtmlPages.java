package org.mcfed.connector.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.mcfed.connector.http.FetchOutcome;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.URI;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns fetched bytes into a jsoup document decoded by the declared charset: the HTTP header's
 * charset when it names one, else the page's byte-order mark or {@code <meta charset>} (jsoup's
 * detection), else UTF-8. Registries serve windows-1252 pages beside UTF-8 ones, so bytes are never
 * decoded with a guessed default before this point.
 * <p>
 * One exception: bytes that are well-formed UTF-8 and contain non-ASCII sequences are decoded as
 * UTF-8 whatever a single-byte declaration says. A page declared windows-1252 but written in UTF-8
 * (a registry fault the sandbox reproduces) would otherwise turn every macron and dash into mojibake,
 * while real windows-1252 text with accents is practically never well-formed UTF-8.
 */
public final class HtmlPages {

    /** Eight bytes of an array read as one long (any byte order: only the high bits are asked). */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private HtmlPages() {
    }

    public static Document parse(FetchOutcome.Fetched page) {
        return parse(page.body(), page.charset(), page.url());
    }

    /** @param declared the header's charset, or null to let the page declare its own */
    public static Document parse(byte[] body, Charset declared, URI baseUri) {
        String charset = isMultiByteUtf8(body) ? StandardCharsets.UTF_8.name() : declared == null ? null : declared.name();
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, baseUri == null ? "" : baseUri.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an in-memory page", e);
        }
    }

    /**
     * The page's text by this class's rule without jsoup: UTF-8 when the bytes are well-formed UTF-8 with a multi-byte
     * sequence, else the declared charset; null when that is needed and there is none. The check and the UTF-8
     * decoding are one pass: the JDK's decoder (ASCII runs copied in bulk) turns every malformed sequence into U+FFFD,
     * so a result without U+FFFD was well-formed; only a page with U+FFFD in it is checked byte by byte as well (it
     * may be a real U+FFFD). A page declared UTF-8 is decoded once whatever its bytes.
     */
    static String text(byte[] bytes, Charset declared) {
        String utf8 = new String(bytes, StandardCharsets.UTF_8);
        boolean multiByteUtf8 = utf8.indexOf('\uFFFD') < 0
                ? utf8.length() != bytes.length // one char a byte: ASCII only
                : isMultiByteUtf8(bytes);
        if (multiByteUtf8 || StandardCharsets.UTF_8.equals(declared)) {
            return utf8;
        }
        return declared == null ? null : new String(bytes, declared);
    }

    /** Whether the bytes are well-formed UTF-8 with at least one multi-byte sequence. */
    static boolean isMultiByteUtf8(byte[] bytes) {
        boolean multiByte = false;
        int i = 0;
        while (i < bytes.length) {
            // ASCII runs (the markup) eight bytes at a time
            while (i + Long.BYTES <= bytes.length && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
                i += Long.BYTES;
            }
            if (i >= bytes.length) {
                break;
            }
            int b = bytes[i] & 0xFF;
            int extra;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
            } else {
                return false;
            }
            if (i + extra >= bytes.length) {
                return false;
            }
            for (int k = 1; k <= extra; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            multiByte = true;
            i += extra + 1;
        }
        return multiByte;
    }
}
