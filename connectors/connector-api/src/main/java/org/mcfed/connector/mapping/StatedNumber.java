package org.mcfed.connector.mapping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a registry page states it ({@code 15}, {@code 1.5}, {@code 120 hours}). Anything else
 * ({@code N/A}, {@code Fifteen}, {@code 1,5} whose comma may be decimal or thousands) is not a
 * number and gives null: a value the page does not state readably stays null, never guessed.
 */
public final class StatedNumber {

    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,6}(?:\\.\\d{1,3})?)(?:\\s*[\\p{L}/ .]*)?$");

    private StatedNumber() {
    }

    public static Double parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text.strip());
        return m.matches() ? Double.valueOf(m.group(1)) : null;
    }
}
