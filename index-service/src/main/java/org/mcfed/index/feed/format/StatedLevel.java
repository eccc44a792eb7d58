package org.mcfed.index.feed.format;

import org.mcfed.col.record.ColRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * A level a record states, with its framework: the NQF level, the ISCED 2011 level and the AQRF
 * level, as each format writes its levels.
 *
 * @param framework the framework's name ({@code HKQF}, {@code ISCED 2011}, {@code AQRF}); null when the record names none
 * @param level the level as stated ({@code 4})
 */
record StatedLevel(String framework, String level) {

    static final String ISCED = "ISCED 2011";
    static final String AQRF = "AQRF";

    static List<StatedLevel> of(ColRecord r) {
        List<StatedLevel> levels = new ArrayList<>();
        if (r.nqfLevel() != null && r.nqfLevel().level() != null) {
            levels.add(new StatedLevel(r.nqfLevel().framework(), r.nqfLevel().level()));
        }
        if (r.iscedLevel() != null) {
            levels.add(new StatedLevel(ISCED, r.iscedLevel()));
        }
        if (r.aqrfLevel() != null) {
            levels.add(new StatedLevel(AQRF, r.aqrfLevel()));
        }
        return levels;
    }

    /** {@code HKQF level 4}. */
    String name() {
        return (framework == null ? "" : framework + " ") + "level " + level;
    }
}
