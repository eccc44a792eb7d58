package org.mcfed.connector.listing;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.page.PageText;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A query parameter read in place is what splitting the query on {@code &} and form-decoding each value reads. */
class QueryParamTest {

    /** The definition: the query split into pairs, the first pair whose name matches, its value form-decoded and cleaned. */
    private static String bySplitting(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                return PageText.clean(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return null;
    }

    @Test
    void readsTheRegistriesIdsAsTheyLinkThem() {
        assertThat(QueryParam.of("regNo=25%2F000001%2FL1", "regNo")).isEqualTo("25/000001/L1");
        assertThat(QueryParam.of("regNo=25/000001/L1&lang=en", "regNo")).isEqualTo("25/000001/L1");
        assertThat(QueryParam.of("NoRujA=MQA%2FSWA+0123", "NoRujA")).isEqualTo("MQA/SWA 0123");
        assertThat(QueryParam.of("lang=en&NORUJA=MQA/FA1234", "NoRujA")).isEqualTo("MQA/FA1234");
        assertThat(QueryParam.of("x=1&&regNo=&regNo=2", "regNo")).isNull();
        assertThat(QueryParam.of("regNoX=1&regNo=2", "regNo")).isEqualTo("2");
        assertThat(QueryParam.of("=1&regNo", "regNo")).isNull();
        assertThat(QueryParam.of((String) null, "regNo")).isNull();
        assertThat(QueryParam.of("", "regNo")).isNull();
    }

    @Test
    void aBrokenEscapeFailsAsTheDecoderFails() {
        assertThatThrownBy(() -> QueryParam.of("regNo=25%2", "regNo")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRandomQueryReadsAsSplittingAndDecodingReadsIt() {
        Random random = new Random(29);
        String alphabet = "aAbBnN=&=&%+ 2F0x.-\u00e9";
        String[] names = {"a", "ab", "N", "nab"};
        for (int n = 0; n < 200_000; n++) {
            StringBuilder query = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                query.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = names[random.nextInt(names.length)];
            String expected;
            try {
                expected = bySplitting(query.toString(), name);
            } catch (IllegalArgumentException e) {
                assertThatThrownBy(() -> QueryParam.of(query.toString(), name)).as(query.toString()).isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            assertThat(QueryParam.of(query.toString(), name)).as("%s in %s", name, query).isEqualTo(expected);
        }
    }
}
