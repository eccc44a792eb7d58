package org.mcfed.harvester.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts of one run so far. Kept in the checkpoint so that a run resumed after a crash reports
 * the whole run, not only the part after the restart. {@code errors} is capped (the count in
 * {@code failed} is not) so a registry that is down cannot blow up a report.
 */
public record RunCounts(long pages, long fetched, long created, long changed, long unchanged, long deleted,
                        long failed, List<String> errors) {

    public static final int MAX_ERRORS = 100;

    public static RunCounts zero() {
        return new RunCounts(0, 0, 0, 0, 0, 0, 0, List.of());
    }

    /** What was counted since {@code earlier} (errors excluded): for metrics. */
    public RunCounts minus(RunCounts earlier) {
        return new RunCounts(pages - earlier.pages, fetched - earlier.fetched, created - earlier.created,
                changed - earlier.changed, unchanged - earlier.unchanged, deleted - earlier.deleted,
                failed - earlier.failed, List.of());
    }

    /** A mutable copy to count one poll into; {@link Tally#freeze()} gives the next immutable counts. */
    public Tally tally() {
        return new Tally(this);
    }

    /** Counting in progress; single-threaded. */
    public static final class Tally {
        public long pages;
        public long fetched;
        public long created;
        public long changed;
        public long unchanged;
        public long deleted;
        public long failed;
        private final List<String> errors;

        private Tally(RunCounts from) {
            pages = from.pages;
            fetched = from.fetched;
            created = from.created;
            changed = from.changed;
            unchanged = from.unchanged;
            deleted = from.deleted;
            failed = from.failed;
            errors = new ArrayList<>(from.errors == null ? List.of() : from.errors);
        }

        public void error(String message) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(message);
            }
        }

        public RunCounts freeze() {
            return new RunCounts(pages, fetched, created, changed, unchanged, deleted, failed, List.copyOf(errors));
        }
    }
}
