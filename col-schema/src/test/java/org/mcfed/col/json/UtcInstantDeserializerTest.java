package org.mcfed.col.json;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-read instant must be the one the JDK parses, and every other shape must still be read as before. */
class UtcInstantDeserializerTest {

    @Test
    void instantsAsWrittenReadAsTheJdkParsesThem() {
        SplittableRandom rnd = new SplittableRandom(16);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(rnd.nextLong(-62_000_000_000L, 253_402_300_799L),
                    switch (rnd.nextInt(4)) {
                        case 0 -> 0;
                        case 1 -> rnd.nextInt(1000) * 1_000_000;
                        case 2 -> rnd.nextInt(1_000_000) * 1000;
                        default -> rnd.nextInt(1_000_000_000);
                    });
            String written = ColJson.write(instant);
            assertThat(UtcInstantDeserializer.parse(written.substring(1, written.length() - 1))).as(written).isEqualTo(instant);
            assertThat(ColJson.mapper().convertValue(written.substring(1, written.length() - 1), Instant.class)).isEqualTo(instant);
        }
    }

    @Test
    void aStringTheParserTakesIsTheJdksInstant() {
        SplittableRandom rnd = new SplittableRandom(7);
        String alphabet = "0123456789-:TZ.+ z";
        List<String> disagreements = new ArrayList<>();
        int taken = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder(Instant.ofEpochSecond(rnd.nextLong(0, 253_402_300_799L), rnd.nextInt(3) == 0 ? rnd.nextInt(1_000_000_000) : 0).toString());
            for (int m = rnd.nextInt(3); m > 0; m--) {
                sb.setCharAt(rnd.nextInt(sb.length()), alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            Instant fast = UtcInstantDeserializer.parse(s);
            Instant jdk;
            try {
                jdk = Instant.parse(s);
            } catch (DateTimeParseException e) {
                jdk = null;
            }
            if (fast != null) {
                taken++;
                if (!fast.equals(jdk)) {
                    disagreements.add(s + " read as " + fast + ", the JDK says " + jdk);
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(taken).as("valid instants in the corpus").isGreaterThan(3_000);
        assertThat(taken).as("and invalid ones").isLessThan(29_000);
    }

    @Test
    void otherShapesGoToTheJavaTimeModule() throws Exception {
        assertThat(ColJson.mapper().readValue("\"2026-11-23T07:00:00+02:00\"", Instant.class)).isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
        assertThat(ColJson.mapper().readValue("1700000000", Instant.class)).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(ColJson.mapper().readValue("\"2016-12-31T23:59:60Z\"", Instant.class)).isEqualTo(Instant.parse("2016-12-31T23:59:60Z"));
        assertThat(ColJson.mapper().readValue("null", Instant.class)).isNull();
        assertThat(UtcInstantDeserializer.parse("2026-02-29T00:00:00Z")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ColJson.mapper().readValue("\"2026-02-29T00:00:00Z\"", Instant.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
    }
}
