package org.mcfed.connector.mapping;

import org.mcfed.col.crosswalk.Crosswalks;
import org.mcfed.col.record.NqfLevel;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NQF level number as a page states it: {@code 4}, {@code Level 4}, {@code Tahap 4}, {@code L4},
 * {@code 第4級} all give {@code "4"}; {@code four}, {@code 4-5}, {@code N/A} give null. Whether the
 * framework has that level is the col-schema level crosswalk's answer, not this class's.
 */
public final class StatedLevel {

    private static final Pattern LEVEL = Pattern.compile("^(?:level|tahap|l|第|資歷級別)?\\s*0*(\\d{1,2})\\s*(?:級|级)?$");

    private StatedLevel() {
    }

    public static String number(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LEVEL.matcher(text.strip().toLowerCase(Locale.ROOT));
        return m.matches() ? String.valueOf(Integer.parseInt(m.group(1))) : null;
    }

    /**
     * The stated level in {@code framework}, when the framework has it (the ISCED crosswalk holds a
     * row for it): {@code Level 4} → {@code {framework, "4"}}; {@code Level 12}, {@code Three} → null.
     */
    public static NqfLevel in(String framework, String text) {
        String number = number(text);
        return number == null || Crosswalks.standard().levels().isced(framework, number) == null
                ? null : new NqfLevel(framework, number);
    }
}
