package org.mcfed.normalizer;

import org.mcfed.col.compliance.Compliance;
import org.mcfed.col.crosswalk.Crosswalks;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.NqfLevel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Brings a mapper's draft to the COL vocabularies through the col-schema crosswalk tables, then
 * derives what the tables allow ({@link ColEnrichment}: hours from credits, ISCED 2011 and AQRF from
 * the NQF level, ISCED-F from the source's field code), scores completeness and evaluates the
 * compliance flags ({@link Compliance}).
 *
 * <ul>
 *   <li>{@code languages}: each name or code to ISO 639-3 ({@code English} → {@code eng}), duplicates
 *       dropped; a value the table does not know and that is not already a three-letter code is
 *       dropped rather than published as a non-code.</li>
 *   <li>{@code issuerCountry}: a name to ISO 3166-1 alpha-2 ({@code Hong Kong SAR} → {@code HK});
 *       an unknown name becomes null (and is scored missing).</li>
 *   <li>{@code nqfLevel.framework} and {@code credit.system}: the framework's canonical code
 *       ({@code NZQF} → {@code NZQCF}) when the table knows the name, else as stated.</li>
 * </ul>
 * Nothing is invented: a value with no table row stays as stated or absent. Pure and idempotent.
 */
public final class ColStandardisation {

    private static final Pattern ISO_639_3 = Pattern.compile("^[a-z]{3}$");
    private static final Pattern ALPHA_2 = Pattern.compile("^[A-Z]{2}$");

    private ColStandardisation() {
    }

    public static ColRecord apply(ColRecord draft) {
        Crosswalks tables = Crosswalks.standard();
        ColRecord.Builder b = draft.toBuilder();
        if (draft.languages() != null) {
            b.languages(languages(tables, draft.languages()));
        }
        if (draft.issuerCountry() != null) {
            String code = tables.countries().iso3166(draft.issuerCountry());
            if (code == null && ALPHA_2.matcher(draft.issuerCountry().trim()).matches()) {
                code = draft.issuerCountry().trim();
            }
            b.issuerCountry(code);
        }
        NqfLevel level = draft.nqfLevel();
        if (level != null && level.framework() != null) {
            String canonical = tables.frameworks().canonical(level.framework());
            if (canonical != null) {
                b.nqfLevel(new NqfLevel(canonical, level.level()));
            }
        }
        Credit credit = draft.credit();
        if (credit != null && credit.system() != null) {
            String canonical = tables.frameworks().canonical(credit.system());
            if (canonical != null) {
                b.credit(new Credit(credit.value(), canonical, credit.hoursPerCredit()));
            }
        }
        return Compliance.flagged(ColEnrichment.enrich(b.build()));
    }

    private static List<String> languages(Crosswalks tables, List<String> stated) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : stated) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String code = tables.languages().iso6393(value);
            if (code == null && ISO_639_3.matcher(value.trim()).matches()) {
                code = value.trim();
            }
            if (code != null) {
                codes.add(code);
            }
        }
        return List.copyOf(new ArrayList<>(codes));
    }
}
