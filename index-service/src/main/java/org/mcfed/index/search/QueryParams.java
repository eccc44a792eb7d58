package org.mcfed.index.search;

import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Map;

/** The decoded query parameters of a request; a malformed query string (bad %-escapes) is the client's error. */
final class QueryParams {

    private QueryParams() {
    }

    static Map<String, List<String>> of(UriInfo uri) {
        try {
            return uri.getQueryParameters();
        } catch (RuntimeException e) {
            throw new BadRequest("malformed query string: " + e.getMessage());
        }
    }
}
