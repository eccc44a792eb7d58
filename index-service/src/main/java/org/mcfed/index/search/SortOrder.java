package org.mcfed.index.search;

import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.mcfed.index.store.IndexSchema;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The sorts of the search API. Every sort ends with the record id, so the order is total and a
 * cursor (the sort values of the last hit) resumes exactly. Records without hours or cost sort last
 * in both directions.
 */
public enum SortOrder {
    RELEVANCE("relevance", new Sort(SortField.FIELD_SCORE, idField())),
    HOURS("hours", numeric(IndexSchema.HOURS, false)),
    HOURS_DESC("-hours", numeric(IndexSchema.HOURS, true)),
    COST("cost", numeric(IndexSchema.COST, false)),
    COST_DESC("-cost", numeric(IndexSchema.COST, true)),
    UPDATED("updated", new Sort(new SortField(IndexSchema.UPDATED, SortField.Type.LONG, true), idField()));

    private final String param;
    private final Sort sort;

    SortOrder(String param, Sort sort) {
        this.param = param;
        this.sort = sort;
    }

    public String param() {
        return param;
    }

    public Sort sort() {
        return sort;
    }

    /** @throws BadRequest for a value not in the API */
    public static SortOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        for (SortOrder s : values()) {
            if (s.param.equals(value.strip())) {
                return s;
            }
        }
        throw new BadRequest("sort must be one of " + Arrays.stream(values()).map(SortOrder::param).collect(Collectors.joining(", "))
                + "; got '" + Limits.clip(value) + "'");
    }

    private static SortField idField() {
        return new SortField(IndexSchema.ID_SORT, SortField.Type.STRING);
    }

    private static Sort numeric(String field, boolean descending) {
        SortField f = new SortField(field, SortField.Type.DOUBLE, descending);
        f.setMissingValue(descending ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        return new Sort(f, idField());
    }
}
