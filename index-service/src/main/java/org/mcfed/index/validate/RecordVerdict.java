package org.mcfed.index.validate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.mcfed.col.pipeline.Reject;
import org.mcfed.col.record.Quality;

import java.util.List;

/**
 * What the pipeline would do with one feed item: {@code published}, {@code repaired} (published
 * without stated values that break the COL schema, each a reason and named in {@code quality.derived}) or
 * {@code rejected} with every reason and the reject class the dashboard counts.
 *
 * @param id       the item's id as the feed gave it
 * @param verdict  {@code published}, {@code repaired} or {@code rejected}
 * @param rejectClass the normalizer's reject class ({@code untitled}, ...), null unless rejected
 * @param reasons  every reason of a reject, or every repair (element, problem); empty otherwise
 * @param quality  the published record's quality (completeness, missing, derived, compliance); null when rejected
 */
record RecordVerdict(String id, String verdict, @JsonProperty("class") String rejectClass,
                     List<Reject.Reason> reasons, Quality quality) {

    static final String PUBLISHED = "published";
    static final String REPAIRED = "repaired";
    static final String REJECTED = "rejected";
}
