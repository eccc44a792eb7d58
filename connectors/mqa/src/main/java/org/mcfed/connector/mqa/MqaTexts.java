package org.mcfed.connector.mqa;

import org.mcfed.connector.RawRecord;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An MQR record's title and learning outcomes by language. The English page gives {@code en} and the
 * Malay page {@code ms}, except for a Malay-only micro-credential: its English page shows the Malay
 * title (and Malay outcomes), recognised by the two pages' titles being equal when case, spacing and
 * punctuation are ignored. Its texts are then {@code ms} only, the Malay page's wording first.
 *
 * @param title {@code {"en": ..., "ms": ...}} with the languages stated; empty when neither page states a title
 * @param outcomes the learning outcomes by language, empty when none are stated
 * @param firstOutcomes the outcomes of the record's first language, English unless it has none; null when none
 */
record MqaTexts(Map<String, String> title, Map<String, List<String>> outcomes, List<String> firstOutcomes) {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    static MqaTexts of(RawRecord raw) {
        String english = raw.first(MqaField.TITLE);
        String malay = raw.first(MqaField.TITLE + MqaField.MALAY);
        List<String> englishOutcomes = raw.all(MqaField.OUTCOMES);
        List<String> malayOutcomes = raw.all(MqaField.OUTCOMES + MqaField.MALAY);
        Map<String, String> title = new LinkedHashMap<>();
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        if (english != null && malay != null && sameTitle(english, malay)) {
            title.put("ms", malay);
            putIfAny(outcomes, "ms", malayOutcomes.isEmpty() ? englishOutcomes : malayOutcomes);
        } else {
            putIfPresent(title, "en", english);
            putIfPresent(title, "ms", malay);
            putIfAny(outcomes, "en", englishOutcomes);
            putIfAny(outcomes, "ms", malayOutcomes);
        }
        List<String> first = outcomes.isEmpty() ? null : outcomes.values().iterator().next();
        return new MqaTexts(Collections.unmodifiableMap(title), Collections.unmodifiableMap(outcomes), first);
    }

    /** Equal but for case, spacing, punctuation and accents' composition: {@code MIKROKREDENSIAL  Pengurusan-Akuakultur}. */
    static boolean sameTitle(String a, String b) {
        return comparable(a).equals(comparable(b));
    }

    private static String comparable(String title) {
        String nfc = Normalizer.normalize(title, Normalizer.Form.NFC);
        return NOT_LETTER_OR_DIGIT.matcher(nfc).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void putIfAny(Map<String, List<String>> map, String key, List<String> values) {
        if (!values.isEmpty()) {
            map.put(key, List.copyOf(values));
        }
    }
}
