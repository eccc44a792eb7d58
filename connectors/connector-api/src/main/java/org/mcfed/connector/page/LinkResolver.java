package org.mcfed.connector.page;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;

/**
 * Resolves a page's links against its URL exactly as jsoup's {@code absUrl} does ({@link StringUtil#resolve(String, String)}),
 * parsing the page URL once instead of once a link and skipping jsoup's control-character regular expression (one
 * match attempt per char) for links without control characters: on a 50-row listing page that expression and the
 * repeated parse were two thirds of the page's read once the page is scanned. Anything else goes to jsoup's method.
 *
 * <p>jsoup 1.21's {@code StringUtil.resolve(URL, String)} runs that expression over the link again, so the steps of
 * that method are repeated here without it ({@link #resolved}): a listing's link took 1.5 µs to resolve with it and
 * 0.3 µs without (BENCHMARKS.md, 2026-12-06, twenty-seventh session).
 */
public final class LinkResolver {

    /** jsoup's {@code extraDotSegmentsPattern}, for {@link #resolved}. */
    private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");

    private final String baseUri;
    /** The page URL parsed as jsoup parses it; null when it has control characters or does not parse. */
    private final URL base;

    public LinkResolver(String baseUri) {
        this.baseUri = baseUri;
        this.base = hasControlChar(baseUri) ? null : parse(baseUri);
    }

    /** The absolute URL of {@code href} (entity-decoded), as jsoup's {@code absUrl} gives it; "" when it cannot be resolved. */
    public String resolve(String href) {
        if (base != null && !hasControlChar(href)) {
            try {
                return resolved(base, href).toExternalForm();
            } catch (MalformedURLException e) {
                // jsoup then answers the href itself when it has a scheme, else ""
            }
        }
        return StringUtil.resolve(baseUri, href);
    }

    /**
     * {@code element.absUrl(key)} of an element of this page: the same answer, through {@link #resolve} when the
     * element's base URI is the one this resolver was made with (a {@code <base>} element changes it).
     */
    public String absUrl(Element element, String key) {
        if (!element.baseUri().equals(baseUri)) {
            return element.absUrl(key);
        }
        return element.attributes().hasKeyIgnoreCase(key) ? resolve(element.attributes().getIgnoreCase(key)) : "";
    }

    /**
     * jsoup's {@code StringUtil.resolve(URL, String)} (1.21.2) step by step, for a link without control characters
     * (which its first step, stripping them, would remove): a query alone keeps the base's path, and dot segments
     * left at the path's start are dropped.
     */
    static URL resolved(URL base, String href) throws MalformedURLException {
        String relative = href.startsWith("?") ? base.getPath() + href : href;
        URL url = new URL(base, relative);
        String file = url.getFile();
        // the expression matches only a file starting "/." ("/./", "/../"), so others are left as they are
        if (file.startsWith("/.")) {
            file = EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/");
        }
        if (url.getRef() != null) {
            file = file + "#" + url.getRef();
        }
        return new URL(url.getProtocol(), url.getHost(), url.getPort(), file);
    }

    private static URL parse(String url) {
        try {
            return new URL(url);
        } catch (MalformedURLException e) {
            return null;
        }
    }

    /** Whether jsoup's {@code stripControlChars} would change the text (a char in U+0000..U+001F). */
    private static boolean hasControlChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }
}
