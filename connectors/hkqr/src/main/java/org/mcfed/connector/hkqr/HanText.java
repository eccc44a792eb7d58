package org.mcfed.connector.hkqr;

import java.util.List;

/**
 * Whether a text is written in Chinese characters: more Han letters than letters of any other
 * script. HKQR pages put text of one language under another's label (a Chinese-only qualification
 * shows its Chinese title under the English "Qualification Title"), so a language is read from the
 * text, not from the page; {@code Certificate in Tai Chi (太極)} stays English.
 */
final class HanText {

    private HanText() {
    }

    static boolean isHan(String text) {
        if (text == null) {
            return false;
        }
        int[] counts = new int[2];
        count(text, counts);
        return counts[0] > counts[1];
    }

    /** Whether a list (a page's learning outcomes) is Chinese, taken as one text. */
    static boolean isHan(List<String> texts) {
        int[] counts = new int[2];
        for (String text : texts) {
            count(text, counts);
        }
        return counts[0] > counts[1];
    }

    /** Adds the text's Han letters to {@code counts[0]} and its other letters to {@code counts[1]}. */
    private static void count(String text, int[] counts) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isHanCodePoint(c)) {
                counts[0]++;
            } else if (Character.isLetter(c)) {
                counts[1]++;
            }
        }
    }

    /**
     * The script lookup is a binary search over Unicode's script table; the common cases are answered first (no Han
     * letter lies below U+2E80, and U+4E00 to U+9FEF, the unified ideographs assigned since Unicode 11, are all Han).
     */
    static boolean isHanCodePoint(int c) {
        if (c < 0x2E80) {
            return false;
        }
        if (c >= 0x4E00 && c <= 0x9FEF) {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
