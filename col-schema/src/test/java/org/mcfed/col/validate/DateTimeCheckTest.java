package org.mcfed.col.validate;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written date-time check must say exactly what the schema's rule (pattern, then the
 * strict ISO parser) says: on edge cases, and on many seeded mutations of valid date-times.
 */
class DateTimeCheckTest {

    private static boolean bySchemaRule(String s) {
        if (!NodeChecks.DATE_TIME.matcher(s).find()) {
            return false;
        }
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void edgeCasesAgreeWithTheParser() {
        List<String> cases = List.of("2026-11-23T09:00:00Z", "2026-11-23T09:00:00.123456789Z", "2026-11-23T09:00:00.1234567891Z",
                "2026-11-23T09:00:00.Z", "2026-11-23T09:00:00+13:00", "2026-11-23T09:00:00-00:00", "2026-11-23T09:00:00+18:00",
                "2026-11-23T09:00:00+18:01", "2026-11-23T09:00:00-19:00", "2026-11-23T09:00:00+05:60", "2026-02-29T00:00:00Z",
                "2024-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
                "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T24:00:00Z",
                "2026-01-01T23:60:00Z", "2026-01-01T23:59:60Z", "2026-01-01T23:59:59z", "2026-01-01t23:59:59Z",
                "2026-01-01 23:59:59Z", "2026-01-01T23:59Z", "2026-01-01T23:59:59", "0000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999999-18:00", "x2026-01-01T00:00:00Z", "2026-01-01T00:00:00Zx",
                "2026-01-01T00:00:00+0100", "2026-01-01T00:00:00+01:00:00", "+2026-01-01T00:00:00Z",
                "２０２６-01-01T00:00:00Z", "2026-01-01T00:00:00.5+01:30", "");
        for (String s : cases) {
            assertThat(NodeChecks.isDateTime(s)).as(s).isEqualTo(bySchemaRule(s));
        }
    }

    @Test
    void seededMutationsAgreeWithTheParser() {
        SplittableRandom rnd = new SplittableRandom(7);
        String alphabet = "0123456789-:+TZ.9 ";
        List<String> disagreements = new ArrayList<>();
        int valid = 0;
        for (int i = 0; i < 30_000; i++) {
            StringBuilder sb = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", rnd.nextInt(10000),
                    rnd.nextInt(14), rnd.nextInt(33), rnd.nextInt(26), rnd.nextInt(62), rnd.nextInt(62),
                    rnd.nextInt(3) == 0 ? "." + "123456789012".substring(0, rnd.nextInt(12)) : "",
                    rnd.nextBoolean() ? "Z" : String.format("%s%02d:%02d", rnd.nextBoolean() ? "+" : "-", rnd.nextInt(20), rnd.nextInt(62))));
            if (rnd.nextInt(4) == 0) {
                sb.setCharAt(rnd.nextInt(sb.length()), alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            boolean expected = bySchemaRule(s);
            valid += expected ? 1 : 0;
            if (NodeChecks.isDateTime(s) != expected) {
                disagreements.add(s);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(valid).as("the corpus has valid date-times too").isGreaterThan(3_000);
    }
}
