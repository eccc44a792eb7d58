package org.mcfed.connector.page;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PageText} is a hand-written single pass; its definition is the regular-expression version it
 * replaced, kept here as {@link Reference}. Every comparison below must give the same string (or null).
 */
class PageTextTest {

    /** The implementation before the single pass, verbatim: the definition of clean, labelKey and labelStem. */
    static final class Reference {
        private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000\\u200B\\uFEFF]+");
        private static final Pattern TRAILING_COLON = Pattern.compile("[:：]\\s*$");

        static String clean(String text) {
            if (text == null) {
                return null;
            }
            String s = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
            return s.isEmpty() || s.equals("-") || s.equals("–") || s.equals("—") ? null : s;
        }

        static String labelKey(String label) {
            String s = clean(label);
            if (s == null) {
                return "";
            }
            return TRAILING_COLON.matcher(s).replaceAll("").trim().toLowerCase(Locale.ROOT);
        }

        static String labelStem(String label) {
            String key = labelKey(label);
            int open = key.lastIndexOf('(');
            if (open > 0 && key.endsWith(")")) {
                return key.substring(0, open).trim();
            }
            return key;
        }
    }

    /** Chars that matter to either version: every space kind, controls, line separators, colons, combining marks, dashes, CJK, surrogates. */
    private static final String[] ALPHABET = {
            "a", "Z", "e", "1", ":", "：", "(", ")", ".", "-", "–", "—",
            " ", "\t", "\n", "\r", "\u000B", "\f", "\u0001", "\u001F", "\u0000",
            "\u00A0", "\u2007", "\u202F", "\u3000", "\u200B", "\uFEFF", "\u2000", "\u2002", "\u2003", "\u00AD",
            "\u0085", "\u2028", "\u2029",
            "ā", "a\u0304", "\u0304", "\u0301", "é", "e\u0301", "\u0323", "Å", "\u212B", "\u2126", "İ", "ß",
            "中", "國", "\u1100", "\u1161", "\u11A8", "가", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u0344", "\u0F73",
    };

    private static void assertSame(String text) {
        same("clean", PageText.clean(text), Reference.clean(text), text);
        same("labelKey", PageText.labelKey(text), Reference.labelKey(text), text);
        same("labelStem", PageText.labelStem(text), Reference.labelStem(text), text);
    }

    /** AssertJ only on a difference: the loops below compare millions of strings. */
    private static void same(String what, String actual, String expected, String input) {
        if (!Objects.equals(actual, expected)) {
            assertThat(actual).as("%s(%s)", what, escaped(input)).isEqualTo(expected);
        }
    }

    private static String escaped(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        s.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return b.append('"').toString();
    }

    @Test
    void equalsTheRegexVersionOnNullBlankDashesAndEdges() {
        List<String> edges = new ArrayList<>();
        edges.add(null);
        edges.addAll(List.of("", " ", "\u00A0", "\u3000\u200B\uFEFF", "-", " – ", "\u00A0—\u00A0", "--", "- -",
                "Title:", "Title :", "Title：", "Title:\u2028", "Title: \u2028", "Title:\u0085", "Title::", ":", " : ",
                "NEC Field (National Education Code)", "NEC Field (x):", "(only)", "Te reo Ma\u0304ori",
                "\u0001 a \u0001", "a\u0000b", "\u2000x\u2001", "  many   spaces\there\n", "中文\u3000標題", "\u200Bzero\u200Bwidth\u200B"));
        edges.forEach(PageTextTest::assertSame);
    }

    @Test
    void equalsTheRegexVersionForEveryCharAloneAndBetweenLetters() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String ch = String.valueOf((char) c);
            assertSame(ch);
            assertSame("a" + ch + "b");
            assertSame(" " + ch + ":");
            assertSame("Label" + ch + ": ");
        }
    }

    @Test
    void equalsTheRegexVersionOnRandomStrings() {
        Random random = new Random(20261123);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(14);
            for (int k = 0; k < length; k++) {
                s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            assertSame(s.toString());
        }
    }

    /** The ASCII/Latin fast path skips normalisation: no pair of chars below U+0300 changes under NFC. */
    @Test
    void textBelowTheFirstCombiningMarkIsAlreadyNfc() {
        char[] pair = new char[2];
        for (char a = 0; a < 0x300; a++) {
            for (char b = 0; b < 0x300; b++) {
                pair[0] = a;
                pair[1] = b;
                String s = new String(pair);
                assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as("U+%04X U+%04X", (int) a, (int) b).isTrue();
            }
        }
    }

    /** Every text, label and attribute of the connectors' fixture pages, raw text nodes included (their whitespace is untouched). */
    @Test
    void equalsTheRegexVersionOnEveryFixturePageText() throws IOException {
        Path connectors = Path.of("..").toAbsolutePath().normalize();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(connectors)) {
            pages = files.filter(p -> p.toString().endsWith(".html") && p.toString().contains("src" + java.io.File.separator + "test"))
                    .toList();
        }
        assertThat(pages).as("fixture pages under %s", connectors).hasSizeGreaterThan(30);
        int texts = 0;
        for (Path page : pages) {
            Document doc = Jsoup.parse(new String(Files.readAllBytes(page), StandardCharsets.UTF_8));
            for (Element e : doc.getAllElements()) {
                assertSame(e.text());
                assertSame(e.ownText());
                assertSame(e.wholeText());
                e.attributes().forEach(a -> assertSame(a.getValue()));
                for (TextNode t : e.textNodes()) {
                    assertSame(t.getWholeText());
                }
                texts++;
            }
        }
        assertThat(texts).isGreaterThan(1000);
    }

    @Test
    void keepsTheDocumentedBehaviour() {
        assertThat(PageText.clean("  Te reo Ma\u0304ori\u00A0\u00A0for\u3000work\u200B ")).isEqualTo("Te reo Māori for work");
        assertThat(PageText.clean(" — ")).isNull();
        assertThat(PageText.labelKey("  CREDIT\u00A0value : ")).isEqualTo("credit value");
        assertThat(PageText.labelKey("資歷名稱：")).isEqualTo("資歷名稱");
        assertThat(PageText.labelStem("NEC Field (National Education Code):")).isEqualTo("nec field");
        String tidy = "Already tidy text";
        assertThat(PageText.clean(tidy)).isSameAs(tidy);
    }
}
