package org.mcfed.connector.page;

import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link LinkResolver} answers what jsoup's {@code absUrl} answers, for every kind of href and page URL. */
class LinkResolverTest {

    private static final String[] HREFS = {"detail?regNo=22%2F000567%2FL4", "/a/b?x=1&y=2", "?page=2", "", "#top", "../../up",
            "./same", "//mirror.example/p", "https://other.example/x y", "mailto:someone@example.org", "javascript:void(0)",
            "http://[bad", "no scheme:here", "\tdetail?\nregNo=1\r", "de\u0000tail", " spaced ", "%zz", "détail?q=ü",
            "http://host:99999/", "HTTPS://UPPER.EXAMPLE/P", "/./x", "/../x", "/../../a/./b", "./../../x#frag", "?q#f",
            "x#a#b", "http://user:pw@host.example:8080/p/../q", "//[::1]:8/p", "/.hidden/x", "/..x/y", "#"};
    private static final String[] BASES = {"https://hkqr.example/HKQRPRD/web/hkqr-en/search/result?page=1&maxCredit=59",
            "http://127.0.0.1:18650/nzqa/register", "https://x.example", "", "not a url", "https://x.example/a\tb/",
            "file:/tmp/page.html"};

    @Test
    void resolvesAsJsoupDoes() {
        int compared = 0;
        for (String base : BASES) {
            LinkResolver links = new LinkResolver(base);
            for (String href : HREFS) {
                assertThat(links.resolve(href)).as("%s against %s", href, base).isEqualTo(StringUtil.resolve(base, href));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(HREFS.length * BASES.length);
        assertThat(new LinkResolver(BASES[0]).resolve("detail?regNo=1")).isEqualTo("https://hkqr.example/HKQRPRD/web/hkqr-en/search/detail?regNo=1");
    }

    /**
     * The steps of jsoup's {@code resolve(URL, String)} that {@link LinkResolver#resolved} repeats give what jsoup gives,
     * over random links made of the characters a URL's parts turn on, and its dot-segment expression is jsoup's own.
     */
    @Test
    void resolvedIsJsoupsResolveOfAUrl() throws Exception {
        Field jsoups = StringUtil.class.getDeclaredField("extraDotSegmentsPattern");
        jsoups.setAccessible(true);
        Field ours = LinkResolver.class.getDeclaredField("EXTRA_DOT_SEGMENTS");
        ours.setAccessible(true);
        assertThat(((Pattern) ours.get(null)).pattern()).isEqualTo(((Pattern) jsoups.get(null)).pattern());

        String[] parts = {"/", ".", "..", "./", "../", "?", "#", "a", "b1", "%2F", "&x=1", ":", "//", "@", "h.example", "ü", " ", "~"};
        SplittableRandom random = new SplittableRandom(20261206);
        int compared = 0;
        int differentFromTheBase = 0;
        for (String base : new String[] {BASES[0], BASES[1], BASES[2], "http://u:p@h.example:81/a/b/c?d#e", "file:/tmp/page.html"}) {
            URL url = new URL(base);
            for (int i = 0; i < 4000; i++) {
                StringBuilder href = new StringBuilder();
                for (int n = random.nextInt(7); n >= 0; n--) {
                    href.append(parts[random.nextInt(parts.length)]);
                }
                String expected;
                try {
                    expected = StringUtil.resolve(url, href.toString()).toExternalForm();
                } catch (MalformedURLException e) {
                    expected = "malformed";
                }
                String actual;
                try {
                    actual = LinkResolver.resolved(url, href.toString()).toExternalForm();
                } catch (MalformedURLException e) {
                    actual = "malformed";
                }
                assertThat(actual).as("%s against %s", href, base).isEqualTo(expected);
                compared++;
                if (!expected.equals(url.toExternalForm())) {
                    differentFromTheBase++;
                }
            }
        }
        assertThat(compared).isEqualTo(20_000);
        assertThat(differentFromTheBase).isGreaterThan(15_000);
    }

    @Test
    void absUrlOfAnElementIsJsoupsAlsoUnderABaseElement() {
        for (String head : new String[] {"", "<base href=\"https://elsewhere.example/dir/\">"}) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse("<html><head>" + head + "</head><body><a href=\"x?y=1\">1</a>"
                    + "<a HREF=\"/abs\">2</a><a>none</a><a href=\"\">3</a></body></html>", BASES[0]);
            LinkResolver links = new LinkResolver(page.baseUri().equals(BASES[0]) ? BASES[0] : "https://not-the-page.example/");
            for (org.jsoup.nodes.Element a : page.select("a")) {
                assertThat(links.absUrl(a, "href")).as("%s %s", head, a).isEqualTo(a.absUrl("href"));
            }
        }
    }
}
