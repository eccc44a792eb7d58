package org.mcfed.harvester.run;

/** The {@code status} values of a run report (col-schema {@code RunReport}). */
public final class RunStatus {

    /** The whole listing was walked and the deletion sweep ran. */
    public static final String COMPLETED = "completed";
    /** The run ended without walking the whole listing: nothing was deleted. */
    public static final String FAILED = "failed";

    private RunStatus() {
    }
}
