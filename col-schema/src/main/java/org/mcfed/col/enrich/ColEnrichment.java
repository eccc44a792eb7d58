package org.mcfed.col.enrich;

import org.mcfed.col.crosswalk.Crosswalks;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.record.Quality;
import org.mcfed.col.validate.QualityScore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fills the values the aggregator derives from what a source stated, through the crosswalk
 * tables only, and scores the record. Never invents: a value with no table row stays null.
 */
public final class ColEnrichment {

    /** Field paths this class can derive, in the order they are listed in {@code quality.derived}. */
    public static final List<String> DERIVABLE = List.of(
            "workloadHours", "credit.hoursPerCredit", "iscedLevel", "aqrfLevel", "fieldOfEducation.iscedF");

    private ColEnrichment() {
    }

    /**
     * Returns the draft with derived values filled where the source stated none, and its
     * {@code quality} recomputed.
     *
     * <ul>
     *   <li>{@code credit.hoursPerCredit}: when null and {@code credit.system} is a system of the
     *       credit table (NZQCF 10, MQF 40, HKQF 10).</li>
     *   <li>{@code workloadHours}: when null and the credit has a value and hours per credit
     *       (stated or just derived): {@code value × hoursPerCredit}.</li>
     *   <li>{@code iscedLevel}: when null, from {@code nqfLevel} via the NQF-to-ISCED 2011 table.</li>
     *   <li>{@code aqrfLevel}: when null, from {@code nqfLevel} via the AQRF table (MQF only;
     *       NZQCF, AQF, HKQF are not referenced to the AQRF and stay null).</li>
     *   <li>{@code fieldOfEducation.iscedF}: when null, from {@code fieldOfEducation.source}
     *       (code first, then label) via the field tables.</li>
     *   <li>{@code quality}: {@code completeness} and {@code missing} over the COL mandatory
     *       elements of the enriched record ({@link QualityScore}); {@code derived} lists exactly the
     *       fields computed here, plus those a previous enrichment (or an upstream aggregator, for
     *       feed records) listed whose value is still present, in {@link #DERIVABLE} order with
     *       other names after them in their given order.</li>
     * </ul>
     *
     * A stated (non-null) value is never overwritten, and nothing else of the draft changes. The
     * operation is idempotent: {@code enrich(enrich(x)).equals(enrich(x))}.
     *
     * @param draft a record as a mapper built it; must not be null
     * @return a new record; the draft is not modified
     */
    public static ColRecord enrich(ColRecord draft) {
        if (draft == null) {
            throw new IllegalArgumentException("cannot enrich a null record");
        }
        Crosswalks crosswalks = Crosswalks.standard();
        ColRecord.Builder b = draft.toBuilder();
        Set<String> computed = new LinkedHashSet<>();

        Credit credit = draft.credit();
        Double workload = draft.workloadHours();
        if (credit != null) {
            Double hoursPerCredit = credit.hoursPerCredit();
            if (hoursPerCredit == null && credit.system() != null) {
                hoursPerCredit = crosswalks.credits().hoursPerCredit(credit.system());
                if (hoursPerCredit != null) {
                    credit = new Credit(credit.value(), credit.system(), hoursPerCredit);
                    b.credit(credit);
                    computed.add("credit.hoursPerCredit");
                }
            }
            if (workload == null && credit.value() != null && hoursPerCredit != null) {
                workload = credit.value() * hoursPerCredit;
                b.workloadHours(workload);
                computed.add("workloadHours");
            }
        }

        NqfLevel level = draft.nqfLevel();
        String isced = draft.iscedLevel();
        String aqrf = draft.aqrfLevel();
        if (level != null) {
            if (isced == null) {
                isced = crosswalks.levels().isced(level.framework(), level.level());
                if (isced != null) {
                    b.iscedLevel(isced);
                    computed.add("iscedLevel");
                }
            }
            if (aqrf == null) {
                aqrf = crosswalks.levels().aqrf(level.framework(), level.level());
                if (aqrf != null) {
                    b.aqrfLevel(aqrf);
                    computed.add("aqrfLevel");
                }
            }
        }

        FieldOfEducation field = draft.fieldOfEducation();
        if (field != null && field.iscedF() == null && field.source() != null) {
            String iscedF = crosswalks.fields().iscedF(field.source());
            if (iscedF != null) {
                field = new FieldOfEducation(iscedF, field.source());
                b.fieldOfEducation(field);
                computed.add("fieldOfEducation.iscedF");
            }
        }

        ColRecord enriched = b.build();
        List<String> derived = derivedList(draft.quality(), computed, enriched);
        return enriched.toBuilder().quality(QualityScore.of(enriched, derived)).build();
    }

    private static List<String> derivedList(Quality prior, Set<String> computed, ColRecord enriched) {
        Set<String> all = new LinkedHashSet<>(computed);
        if (prior != null && prior.derived() != null) {
            for (String field : prior.derived()) {
                if (field != null && (!DERIVABLE.contains(field) || hasValue(enriched, field))) {
                    all.add(field);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        DERIVABLE.stream().filter(all::contains).forEach(ordered::add);
        all.stream().filter(f -> !DERIVABLE.contains(f)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    private static boolean hasValue(ColRecord r, String field) {
        return switch (field) {
            case "workloadHours" -> r.workloadHours() != null;
            case "credit.hoursPerCredit" -> r.credit() != null && r.credit().hoursPerCredit() != null;
            case "iscedLevel" -> r.iscedLevel() != null;
            case "aqrfLevel" -> r.aqrfLevel() != null;
            case "fieldOfEducation.iscedF" -> r.fieldOfEducation() != null && r.fieldOfEducation().iscedF() != null;
            default -> false;
        };
    }
}
