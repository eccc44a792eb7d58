package org.mcfed.connector.listing;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One row of a listing page: the record's local id, its detail page, and what the row itself says
 * (kept in the raw record under {@code listing.*} keys where a connector wants it, e.g. MQR's TYPE).
 */
public record ListingEntry(String localId, URI detailUrl, Map<String, List<String>> rowFields) {

    public static ListingEntry of(String localId, URI detailUrl) {
        return new ListingEntry(localId, detailUrl, Map.of());
    }
}
