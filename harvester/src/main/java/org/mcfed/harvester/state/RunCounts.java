package org.mcfed.harvester.state;

import org.mcfed.col.pipeline.ItemProblem;
import org.mcfed.col.pipeline.RunReport;

import java.util.ArrayList;
import java.util.List;

/**
 * The counts of one run so far. Kept in the checkpoint so that a run resumed after a crash reports
 * the whole run, not only the part after the restart. {@code errors} and {@code itemProblems} are
 * capped (the counts in {@code failed} and {@code itemProblemCount} are not) so a registry that is
 * down, or a feed full of bad items, cannot blow up a report. A checkpoint written before item
 * problems were counted reads as none.
 */
public record RunCounts(long pages, long fetched, long created, long changed, long unchanged, long deleted,
                        long failed, List<String> errors, long itemProblemCount, List<ItemProblem> itemProblems) {

    public static final int MAX_ERRORS = 100;

    public RunCounts {
        itemProblems = itemProblems == null ? List.of() : itemProblems;
    }

    public static RunCounts zero() {
        return new RunCounts(0, 0, 0, 0, 0, 0, 0, List.of(), 0, List.of());
    }

    /** What was counted since {@code earlier} (errors and item problems excluded): for metrics. */
    public RunCounts minus(RunCounts earlier) {
        return new RunCounts(pages - earlier.pages, fetched - earlier.fetched, created - earlier.created,
                changed - earlier.changed, unchanged - earlier.unchanged, deleted - earlier.deleted,
                failed - earlier.failed, List.of(), itemProblemCount - earlier.itemProblemCount, List.of());
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
        public long itemProblemCount;
        private final List<String> errors;
        private final List<ItemProblem> itemProblems;

        private Tally(RunCounts from) {
            pages = from.pages;
            fetched = from.fetched;
            created = from.created;
            changed = from.changed;
            unchanged = from.unchanged;
            deleted = from.deleted;
            failed = from.failed;
            errors = new ArrayList<>(from.errors == null ? List.of() : from.errors);
            itemProblemCount = from.itemProblemCount;
            itemProblems = new ArrayList<>(from.itemProblems);
        }

        public void itemProblem(ItemProblem problem) {
            itemProblemCount++;
            if (itemProblems.size() < RunReport.MAX_ITEM_PROBLEMS) {
                itemProblems.add(problem);
            }
        }

        public void error(String message) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(message);
            }
        }

        public RunCounts freeze() {
            return new RunCounts(pages, fetched, created, changed, unchanged, deleted, failed, List.copyOf(errors),
                    itemProblemCount, List.copyOf(itemProblems));
        }
    }
}
