package org.mcfed.col.validate;

import org.junit.jupiter.api.Test;

import org.mcfed.col.json.AsciiDigits;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each hand-written shape must give its pattern's answer: on the values records carry, on edge cases (line
 * terminators before the end, non-ASCII letters and digits, white space of every kind) and on many seeded
 * mutations of valid values.
 */
class TextShapeTest {

    private static final List<TextShape> SHAPES = List.of(TextShape.NON_BLANK, TextShape.ID, TextShape.SOURCE_NAME,
            TextShape.BCP47, TextShape.ALPHA2, TextShape.ISO639_3, TextShape.ISO4217, TextShape.ISCED_F, TextShape.URL,
            TextShape.CHECKSUM, TextShape.FIELD_PATH, TextShape.DERIVED_PATH);

    private static final List<String> VALID = List.of("hkqr:22/000567/L4", "col-feed:pqr:000123", "nzqa", "zh-Hant", "en",
            "zh-Hans-HK", "HK", "mri", "HKD", "06", "0613", "https://www.hkqr.gov.hk/x?regNo=22%2F1", "http://a",
            "sha256:" + "ab".repeat(32), "credit.hoursPerCredit", "title", "title.zh-Hans", "learningOutcomesByLanguage.zh-Hans-HK", "Professional Certificate", " x ");

    private static final List<String> EDGES = List.of("", " ", "\t\n\u000B\f\r", "\u00A0", "\u2003", "HK\n", "HK\r\n", "hk",
            "H", "HKG", "Hk", "mri\n", "mr", "MRI", "ｈｋ", "hkqr:", ":x", "hkqr:x\n", "hkqr:x\ny", "hkqr:\u2028", "Hkqr:x",
            "hkqr:x\u0085", "a-b:c:d", "-:x", "zh-", "-en", "zh--Hant", "zh-Hant-", "e", "engl", "en-123456789", "en-12345678",
            "ÿn", "en\n", "12", "1", "12345", "12a", "١٢", "06\n", "https://", "http://", "https:// x", "https://x y",
            "https://x\n", "https://x\u00A0y", "ftp://x", "HTTPS://x", "https:/x", "sha256:" + "AB".repeat(32),
            "sha256:" + "ab".repeat(31), "sha256:" + "ab".repeat(32) + "\n", "credit..value", ".credit", "credit.",
            "1credit", "credit.1value", "crédit", "a.b.c", "a\n", "x\u2029", "title.zh-", "title.-Hans", "title.zh--Hans",
            "title-zh.x", "title.zh-Hans\n", "title.zh-Hans.", "title.zh_Hans", "title.zh-Ha ns");

    private static void agree(TextShape shape, String s, List<String> disagreements) {
        if (shape.matches(s) != shape.pattern().matcher(s).find()) {
            disagreements.add(shape.pattern() + " on '" + s + "'");
        }
    }

    @Test
    void valuesAndEdgeCasesAgreeWithThePatterns() {
        List<String> disagreements = new ArrayList<>();
        int likely = 0;
        for (TextShape shape : SHAPES) {
            for (String s : VALID) {
                agree(shape, s, disagreements);
                likely += shape.likely().test(s) ? 1 : 0;
            }
            for (String s : EDGES) {
                agree(shape, s, disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(likely).as("the shapes take the usual values without the pattern").isGreaterThanOrEqualTo(VALID.size() + 10);
    }

    @Test
    void seededMutationsAgreeWithThePatterns() {
        SplittableRandom rnd = new SplittableRandom(16);
        String alphabet = "aZ9-:._/ \n\r\u0085\u2028\tß١ｈ";
        List<String> disagreements = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            StringBuilder sb = new StringBuilder(VALID.get(rnd.nextInt(VALID.size())));
            for (int m = rnd.nextInt(3); m >= 0; m--) {
                int at = rnd.nextInt(sb.length() + 1);
                switch (rnd.nextInt(3)) {
                    case 0 -> sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
                    case 1 -> { if (at < sb.length()) sb.deleteCharAt(at); }
                    default -> { if (at < sb.length()) sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length()))); }
                }
            }
            for (TextShape shape : SHAPES) {
                agree(shape, sb.toString(), disagreements);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void datesAgreeWithTheParser() {
        List<String> cases = new ArrayList<>(List.of("2026-02-28", "2024-02-29", "2026-02-29", "1900-02-29", "2000-02-29",
                "0000-01-01", "9999-12-31", "2026-00-01", "2026-13-01", "2026-04-31", "2026-04-00", "2026-4-01", "2026-04-01\n",
                "２０２６-04-01", "+2026-04-01", "2026/04/01", ""));
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            cases.add(String.format("%04d-%02d-%02d", rnd.nextInt(10000), rnd.nextInt(14), rnd.nextInt(33)));
        }
        List<String> disagreements = new ArrayList<>();
        for (String s : cases) {
            boolean byRule = NodeChecks.DATE.matcher(s).find() && parses(s);
            if (NodeChecks.isDate(s) != byRule) {
                disagreements.add(s);
            }
            long day = AsciiDigits.epochDay("at " + s, 3);
            if (s.length() == 10 && day != (byRule ? LocalDate.parse(s).toEpochDay() : AsciiDigits.NONE)) {
                disagreements.add("epoch day of " + s);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static boolean parses(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
