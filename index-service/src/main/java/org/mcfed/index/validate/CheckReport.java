package org.mcfed.index.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer of {@code POST /api/validate}: a verdict per feed item, the problems of pages that
 * could not be read or fetched (each saying which page), and a summary that says whether the whole
 * feed was checked or which limit cut it.
 */
record CheckReport(List<RecordVerdict> records, List<PageProblem> problems, Summary summary) {

    /** A page-level problem: {@code page} is the URL, or {@code document} for a pasted or uploaded one. */
    record PageProblem(String page, String problem) {
    }

    /**
     * Counts, and whether the whole feed was read: {@code complete} is false when a page could not
     * be read or fetched, or a limit ({@code cutBy}: {@code records}, {@code pages}, {@code bytes},
     * {@code time}) stopped the check early.
     */
    record Summary(int records, int published, int repaired, int rejected, int deletions, int pages,
                   boolean complete, String cutBy) {
    }

    /** Collects a check's results in feed order. */
    static final class Builder {
        private final List<RecordVerdict> records = new ArrayList<>();
        private final List<PageProblem> problems = new ArrayList<>();
        private int deletions;
        private int pages;
        private CheckLimit cutBy;

        void record(RecordVerdict verdict) {
            records.add(verdict);
        }

        void deletion() {
            deletions++;
        }

        void page() {
            pages++;
        }

        void problem(String page, String problem) {
            problems.add(new PageProblem(page, problem));
        }

        /** The check stopped early at this limit, for the reason given. */
        void cut(CheckLimit limit, String page, String problem) {
            cutBy = limit;
            problem(page, problem);
        }

        CheckReport build() {
            int published = count(RecordVerdict.PUBLISHED);
            int repaired = count(RecordVerdict.REPAIRED);
            int rejected = count(RecordVerdict.REJECTED);
            return new CheckReport(List.copyOf(records), List.copyOf(problems), new Summary(records.size(), published,
                    repaired, rejected, deletions, pages, cutBy == null && problems.isEmpty(), cutBy == null ? null : cutBy.label()));
        }

        private int count(String verdict) {
            return (int) records.stream().filter(r -> r.verdict().equals(verdict)).count();
        }
    }
}
