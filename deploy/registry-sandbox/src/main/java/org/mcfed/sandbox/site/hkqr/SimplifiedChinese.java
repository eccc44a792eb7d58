package org.mcfed.sandbox.site.hkqr;

import com.ibm.icu.text.Transliterator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Traditional Chinese text in Simplified characters, by ICU's {@code Traditional-Simplified}
 * transliterator. Pages repeat a bounded set of labels and values, so each distinct string is
 * converted once and remembered (a conversion costs tens of microseconds; a lookup, nothing).
 */
final class SimplifiedChinese {
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SimplifiedChinese() {
    }

    /** The text with every Traditional character in its Simplified form; text without Han characters as it is. */
    static String of(String traditional) {
        if (!hasHan(traditional)) {
            return traditional;
        }
        return CACHE.computeIfAbsent(traditional, SimplifiedChinese::convert);
    }

    private static String convert(String traditional) {
        // a Transliterator instance is not documented as thread-safe; misses are rare once pages repeat
        synchronized (TO_SIMPLIFIED) {
            return TO_SIMPLIFIED.transliterate(traditional);
        }
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }
}
