package org.mcfed.col.record;

import java.util.List;

/**
 * How complete the record is against the COL mandatory elements: {@code completeness} 0..1,
 * the mandatory JSON fields that are absent, and the fields the aggregator computed rather than read.
 */
public record Quality(Double completeness, List<String> missing, List<String> derived) {
}
