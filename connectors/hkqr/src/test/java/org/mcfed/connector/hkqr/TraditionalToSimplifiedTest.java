package org.mcfed.connector.hkqr;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TraditionalToSimplified} against ICU's {@code Traditional-Simplified} transliterator, the oracle: its table is
 * ICU's rules, and it converts every character, phrase-dense random text and the sandbox's HKQR texts as ICU does.
 */
class TraditionalToSimplifiedTest {

    private static final Transliterator ICU = Transliterator.getInstance("Traditional-Simplified");

    /** ICU's rules as the table writes them: {@code traditional<TAB>simplified}, in order. */
    static List<String> icuTable() {
        List<String> lines = new ArrayList<>();
        for (String rule : ICU.toRules(false).split("\n")) {
            rule = rule.strip();
            if (!rule.isEmpty()) {
                String[] sides = rule.substring(0, rule.length() - 1).split(" > ", -1);
                lines.add(sides[0] + "\t" + sides[1]);
            }
        }
        return lines;
    }

    @Test
    void tableIsIcusRules() {
        List<String> table = new ArrayList<>();
        for (TraditionalToSimplified.Rule rule : TraditionalToSimplified.read()) {
            table.add(rule.from() + "\t" + rule.to());
        }
        assertEquals(icuTable(), table, "traditional-simplified.tsv is not ICU " + VersionInfo.ICU_VERSION
                + "'s Traditional-Simplified rules: after an ICU upgrade, replace the lines below its header with"
                + " TraditionalToSimplifiedTest.icuTable() and say the version in the header");
        assertTrue(table.size() > 3_900, "rules: " + table.size());
        assertNull(ICU.getFilter(), "ICU's transliterator applies a filter the table does not know of");
        assertEquals(0, ICU.getMaximumContextLength(), "ICU's rules have context the table does not know of");
    }

    @Test
    void everyCharacterAsIcu() {
        for (int c = 0; c <= 0x3FFFF; c = c == 0xFFFF ? 0x20000 : c + 1) {
            String text = new String(Character.toChars(c));
            assertEquals(ICU.transliterate(text), TraditionalToSimplified.of(text), () -> "U+" + Integer.toHexString(text.codePointAt(0)));
        }
    }

    /**
     * Random text made of the rules' own phrases, their pieces and characters, and other text between them: where
     * phrases overlap, which rule ICU applies first decides the output.
     */
    @Test
    void phraseDenseTextAsIcu() {
        List<TraditionalToSimplified.Rule> rules = TraditionalToSimplified.read();
        List<String> phrases = new ArrayList<>();
        Set<Character> characters = new LinkedHashSet<>();
        for (TraditionalToSimplified.Rule rule : rules) {
            if (rule.from().length() > 1) {
                phrases.add(rule.from());
            }
            for (char c : (rule.from() + rule.to()).toCharArray()) {
                characters.add(c);
            }
        }
        List<Character> alphabet = new ArrayList<>(characters);
        String[] other = {" ", "a", "Level 4", "（", "、", "\u00a0", "\uD840\uDC00", "\uD840", "5"};
        Random random = new Random(20261207L);
        for (int n = 0; n < 60_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int p = 0; p < pieces; p++) {
                switch (random.nextInt(5)) {
                    case 0, 1 -> text.append(phrases.get(random.nextInt(phrases.size())));
                    case 2 -> {
                        String phrase = phrases.get(random.nextInt(phrases.size()));
                        int from = random.nextInt(phrase.length());
                        text.append(phrase, from, from + 1 + random.nextInt(phrase.length() - from));
                    }
                    case 3 -> text.append(alphabet.get(random.nextInt(alphabet.size())));
                    default -> text.append(other[random.nextInt(other.length)]);
                }
            }
            String t = text.toString();
            assertEquals(ICU.transliterate(t), TraditionalToSimplified.of(t), t);
        }
    }

    @Test
    void sandboxHkqrTextsAsIcu() throws IOException {
        int compared = 0;
        for (String vocabulary : List.of("hkqr-outcomes-zh", "hkqr-topics", "hkqr-types", "hkqr-operators")) {
            for (String line : lines("/org/mcfed/sandbox/vocab/" + vocabulary + ".txt")) {
                for (String text : line.split("\\|")) {
                    assertEquals(ICU.transliterate(text), TraditionalToSimplified.of(text), text);
                    compared++;
                }
            }
        }
        assertTrue(compared > 100, "texts compared: " + compared);
        assertEquals("应用会计的实务技巧解决工作问题", TraditionalToSimplified.of("應用會計的實務技巧解決工作問題"));
    }

    @Test
    void unchangedTextIsTheSameInstance() {
        String english = "Certificate in Cyber Security (Level 4)";
        assertSame(english, TraditionalToSimplified.of(english));
        String simplified = "网络安全证书";
        assertSame(simplified, TraditionalToSimplified.of(simplified));
        assertNull(TraditionalToSimplified.of((String) null));
        assertEquals(List.of("网络安全", "证书"), TraditionalToSimplified.of(List.of("網絡安全", "證書")));
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = TraditionalToSimplifiedTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return lines;
        }
    }
}
