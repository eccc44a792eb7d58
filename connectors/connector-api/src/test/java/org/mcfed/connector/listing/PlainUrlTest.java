package org.mcfed.connector.listing;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain URL's path and query read from its text are what {@code java.net.URI} reads; anything else is left to it. */
class PlainUrlTest {

    private static void readsAsUri(String url) {
        assertThat(PlainUrl.plain(url)).as(url).isTrue();
        URI uri = URI.create(url);
        assertThat(PlainUrl.path(url)).as("path of %s", url).isEqualTo(uri.getPath());
        assertThat(PlainUrl.rawQuery(url)).as("query of %s", url).isEqualTo(uri.getRawQuery());
        assertThat(uri.isAbsolute()).isTrue();
        assertThat(uri.toString()).isEqualTo(url);
    }

    @Test
    void theRegistriesDetailUrlsArePlainAndReadAsAUriReadsThem() {
        readsAsUri("http://localhost:8090/hkqr/hkqr-en/search/detail?regNo=25%2F000001%2FL1");
        readsAsUri("https://www.hkqr.gov.hk/hkqr-en/search/detail?regNo=25/000001/L1&lang=en");
        readsAsUri("http://127.0.0.1:8090/mqa/english/epapar.cfm?NoRujA=MQA%2FSWA+0123");
        readsAsUri("https://www2.nzqa.govt.nz/micro-credentials/1234-1");
        readsAsUri("https://microcred-seeker.example.au/course/cyber-security-foundations-1042/");
        readsAsUri("http://r.example/a;b=c/d:e@f/(x)'!*~$,?q=1&q=&=?/:@");
        readsAsUri("http://r.example/x?");
        readsAsUri("http://r.example/");
    }

    @Test
    void whatIsNotPlainIsLeftToTheUriParser() {
        for (String url : new String[] {
                "http://r.example/caf%C3%A9/1",        // a path is read decoded
                "http://r.example/a b",
                "http://r.example/a#frag",
                "http://user@r.example/a",
                "http://[::1]:8080/a",
                "http://r.example",
                "http://r.example:/a",
                "http://-r.example/a",
                "http://r.example/a?x=%2",
                "http://r.example/a?x=%zz",
                "http://r.example/café",
                "HTTP://r.example/a",
                "ftp://r.example/a",
                "/relative/path",
                "http://r.example/a|b",
                "http://r.example/a[1]",
                "http://r.example/a\"b"}) {
            assertThat(PlainUrl.plain(url)).as(url).isFalse();
        }
    }

    @Test
    void everyRandomUrlThatIsPlainReadsAsAUriReadsIt() {
        Random random = new Random(11);
        String pieces = "abcXYZ019-._~!$&'()*+,;=:@/?%#[]| \"<>^`{}\\\u00e9";
        int plain = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder url = new StringBuilder(random.nextBoolean() ? "http://" : "https://");
            url.append(random.nextInt(10) == 0 ? "-h" : "host.example");
            if (random.nextInt(4) == 0) {
                url.append(':').append(random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(65_536)));
            }
            url.append('/');
            int length = random.nextInt(24);
            for (int k = 0; k < length; k++) {
                char c = pieces.charAt(random.nextInt(pieces.length()));
                url.append(c);
                if (c == '%' && random.nextBoolean()) {
                    url.append("0123456789abcdefABCDEFgz".charAt(random.nextInt(24))).append("0123456789abcdefABCDEFgz".charAt(random.nextInt(24)));
                }
            }
            String candidate = url.toString();
            if (PlainUrl.plain(candidate)) {
                plain++;
                readsAsUri(candidate);
            }
        }
        assertThat(plain).as("the random URLs include plain ones").isGreaterThan(10_000);
    }
}
