package org.mcfed.connector.mapping;

import org.mcfed.col.record.Stackability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stackability from what a page states, and only that: {@code Stackable towards X},
 * {@code Credit towards award courses: X; Y}, {@code Credits may be recognised towards X} and the Malay
 * {@code Boleh disusun ke arah X} give {@code stackable} towards those awards,
 * {@code Stand-alone} gives {@code stand-alone}; any other text (or none) gives null.
 */
public final class StackabilityStatement {

    private static final Pattern STACKABLE = Pattern.compile("(?i)\\bstackable\\s+(?:towards?|into|to)\\s*:?\\s*(.+)");
    private static final Pattern CREDIT_TOWARDS = Pattern.compile("(?i)\\bcredit\\s+towards\\s+(?:award\\s+)?(?:courses?|programmes?|qualifications?)?\\s*:\\s*(.+)");
    private static final Pattern RECOGNISED_TOWARDS = Pattern.compile("(?i)\\bcredits?\\s+(?:may\\s+be\\s+|are\\s+|can\\s+be\\s+)?recogni[sz]ed\\s+towards\\s+(?:the\\s+)?(.+)");
    private static final Pattern MALAY_STACKABLE = Pattern.compile("(?i)\\bboleh\\s+disusun\\s+ke\\s+arah\\s+(.+)");
    private static final Pattern STAND_ALONE = Pattern.compile("(?i)\\bstand[- ]?alone\\b");

    private StackabilityStatement() {
    }

    public static Stackability parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (Pattern p : List.of(STACKABLE, CREDIT_TOWARDS, RECOGNISED_TOWARDS, MALAY_STACKABLE)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return new Stackability("stackable", awards(m.group(1)));
            }
        }
        return STAND_ALONE.matcher(text).find() ? new Stackability("stand-alone", List.of()) : null;
    }

    private static List<String> awards(String list) {
        List<String> towards = new ArrayList<>();
        for (String part : list.split("\\s*;\\s*")) {
            String award = part.strip().replaceAll("[.。]+$", "").strip();
            if (!award.isEmpty()) {
                towards.add(award);
            }
        }
        return towards;
    }
}
