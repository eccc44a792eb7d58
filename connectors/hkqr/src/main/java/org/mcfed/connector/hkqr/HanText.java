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
        int han = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(c)) {
                other++;
            }
        }
        return han > other;
    }

    /** Whether a list (a page's learning outcomes) is Chinese, taken as one text. */
    static boolean isHan(List<String> texts) {
        return isHan(String.join(" ", texts));
    }
}
