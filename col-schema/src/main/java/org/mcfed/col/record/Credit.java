package org.mcfed.col.record;

/** The credit as the source published it, with the hours per credit of its system (from the crosswalk, never a constant). */
public record Credit(Double value, String system, Double hoursPerCredit) {
}
