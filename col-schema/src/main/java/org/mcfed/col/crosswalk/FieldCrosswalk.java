package org.mcfed.col.crosswalk;

import org.mcfed.col.data.DataTable;

import org.mcfed.col.record.FieldOfEducation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Field-of-education codes and labels to ISCED-F 2013. How each scheme (NEC, NZSCED, ASCED,
 * HKQR-AoST, ISCED-F) reaches ISCED-F is itself data ({@code field-schemes.csv}); every target
 * code is checked against the ISCED-F list at load, so a typo in a table fails the build, not a
 * search facet. Unknown schemes, codes and labels give null.
 */
public final class FieldCrosswalk {

    static final String SCHEMES_RESOURCE = "crosswalks/field-schemes.csv";
    static final String ISCEDF_RESOURCE = "crosswalks/iscedf-2013.csv";
    private static final int[] TABLE_PREFIXES = {6, 4, 2};

    private enum Rule { ISCEDF_PREFIX, TABLE_PREFIX, LABEL }

    private record Scheme(Rule rule, int digits, Map<String, String> byCode, Map<String, String> byLabel) {
    }

    private final Map<String, String> iscedLabels = new HashMap<>();
    private final Map<String, Scheme> schemes = new HashMap<>();

    FieldCrosswalk(DataTable schemeTable, Function<String, DataTable> tables) {
        DataTable isced = tables.apply(ISCEDF_RESOURCE);
        Map<String, String> iscedByLabel = new HashMap<>();
        for (DataTable.Row row : isced.rows()) {
            String code = row.require("code");
            String label = row.require("label");
            Crosswalks.putUnique(iscedLabels, code, label, row);
            iscedByLabel.putIfAbsent(LookupKey.of(label), code);
        }
        for (DataTable.Row row : schemeTable.rows()) {
            String r = schemeTable.resource();
            String name = row.require("scheme");
            Rule rule = Rule.valueOf(row.require("rule").toUpperCase(Locale.ROOT).replace('-', '_'));
            String tableName = "crosswalks/" + row.require("table");
            Scheme scheme;
            if (tableName.equals(ISCEDF_RESOURCE)) {
                Map<String, String> identity = new HashMap<>();
                iscedLabels.keySet().forEach(code -> identity.put(code, code));
                scheme = new Scheme(rule, Integer.parseInt(row.require("digits")), identity, iscedByLabel);
            } else {
                scheme = mappingScheme(rule, tables.apply(tableName));
            }
            Crosswalks.putUnique(schemes, LookupKey.of(name), scheme, row);
        }
    }

    private Scheme mappingScheme(Rule rule, DataTable table) {
        Map<String, String> byCode = new HashMap<>();
        Map<String, String> byLabel = new HashMap<>();
        boolean hasCodes = table.header().contains("code");
        for (DataTable.Row row : table.rows()) {
            String target = row.require("iscedF");
            if (!iscedLabels.containsKey(target)) {
                throw row.problem("'" + target + "' is not an ISCED-F 2013 code");
            }
            if (hasCodes) {
                Crosswalks.putUnique(byCode, row.require("code"), target, row);
            }
            Crosswalks.putUnique(byLabel, LookupKey.of(row.require("label")), target, row);
        }
        return new Scheme(rule, 0, byCode, byLabel);
    }

    /**
     * ISCED-F code for a code or a label of the scheme: input starting with a digit is read as a
     * code (its leading digits; {@code "039901 – Transport Operations"} reads {@code 039901}),
     * anything else as a label. Null for an unknown scheme or input.
     */
    public String iscedF(String scheme, String codeOrLabel) {
        if (codeOrLabel == null || codeOrLabel.isBlank()) {
            return null;
        }
        String stripped = codeOrLabel.strip();
        return Character.isDigit(stripped.charAt(0)) ? byCode(scheme, stripped) : byLabel(scheme, stripped);
    }

    /** ISCED-F code for a field as the source classified it: by its code, else by its label; null when neither maps. */
    public String iscedF(FieldOfEducation.SourceCode source) {
        if (source == null) {
            return null;
        }
        String viaCode = source.code() == null ? null : iscedF(source.scheme(), source.code());
        return viaCode != null ? viaCode : byLabel(source.scheme(), source.label());
    }

    /** Whether the string is an ISCED-F 2013 code (broad, narrow or detailed). */
    public boolean isIscedF(String code) {
        return code != null && iscedLabels.containsKey(code);
    }

    /** The ISCED-F 2013 label of a code, or null. */
    public String iscedFLabel(String code) {
        return code == null ? null : iscedLabels.get(code);
    }

    /** Scheme names as configured, e.g. for error messages. */
    public List<String> schemes() {
        return schemes.keySet().stream().sorted().toList();
    }

    private String byCode(String schemeName, String code) {
        Scheme scheme = scheme(schemeName);
        String digits = leadingDigits(code);
        if (scheme == null || digits.isEmpty()) {
            return null;
        }
        return switch (scheme.rule()) {
            case ISCEDF_PREFIX -> scheme.byCode().get(digits.length() >= scheme.digits() ? digits.substring(0, scheme.digits()) : digits);
            case TABLE_PREFIX -> {
                for (int length : TABLE_PREFIXES) {
                    String hit = digits.length() >= length ? scheme.byCode().get(digits.substring(0, length)) : null;
                    if (hit != null) {
                        yield hit;
                    }
                }
                yield null;
            }
            case LABEL -> null;
        };
    }

    private String byLabel(String schemeName, String label) {
        Scheme scheme = scheme(schemeName);
        String key = LookupKey.of(label);
        return scheme == null || key == null ? null : scheme.byLabel().get(key);
    }

    private Scheme scheme(String name) {
        String key = LookupKey.of(name);
        return key == null ? null : schemes.get(key);
    }

    private static String leadingDigits(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end);
    }
}
