package org.mcfed.harvester.dryrun;

import org.mcfed.col.pipeline.ItemProblem;

import java.util.List;
import java.util.Map;

/**
 * What a registry learns from a dry run of its feed: how complete its records are against the COL
 * mandatory elements, which elements are missing how often, and every problem per record, without
 * anything having been published.
 *
 * @param sampled            records fetched and checked
 * @param acceptable         records that would be published (mapped, no validation problem)
 * @param rejected           records that would be rejected, each listed with its reasons in {@code records}
 * @param averageCompleteness mean COL completeness (0..1) of the mapped records
 * @param missing            how many sampled records lack each mandatory element
 * @param fetchFailures      pages that could not be fetched, with reasons
 * @param itemProblems       feed items that could not be read as they stood, by page and position (those
 *                           without an id appear nowhere else)
 */
public record DryRunReport(String connector, String baseUrl, int sampled, int acceptable, int rejected,
                           double averageCompleteness, Map<String, Integer> missing, List<String> fetchFailures,
                           List<Sample> records, List<ItemProblem> itemProblems) {

    /** One sampled record: its completeness and problems ({@code element: problem}). */
    public record Sample(String localId, String url, Double completeness, List<String> missing, List<String> problems) {
    }
}
