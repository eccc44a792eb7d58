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
        return text != null && hanOverOthers(text) > 0;
    }

    /** Whether a list (a page's learning outcomes) is Chinese, taken as one text. */
    static boolean isHan(List<String> texts) {
        int balance = 0;
        for (String text : texts) {
            balance += hanOverOthers(text);
        }
        return balance > 0;
    }

    /** The text's Han letters less its other letters. */
    private static int hanOverOthers(String text) {
        int balance = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isHanCodePoint(c)) {
                balance++;
            } else if (Character.isLetter(c)) {
                balance--;
            }
        }
        return balance;
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
