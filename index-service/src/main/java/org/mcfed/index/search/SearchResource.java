package org.mcfed.index.search;

import io.micrometer.core.annotation.Timed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mcfed.col.json.ColJson;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/search}: full-text search with facets, ranges, sorts and cursor paging (docs/api.md). */
@Path("/api/search")
public class SearchResource {

    private final RecordSearch search;

    SearchResource(RecordSearch search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Timed(value = "mcfed.search", description = "search requests", percentiles = {0.5, 0.99})
    @Operation(summary = "Search micro-credentials",
            description = "Parameters: q, size (1-100, default 20), cursor, sort (relevance, hours, -hours, cost, -cost, updated), "
                    + "hoursMin, hoursMax, costMax, and one repeatable filter per facet: country, framework, nqfLevel, iscedLevel, "
                    + "aqrfLevel, field, mode, language, provider, status, stackability, source. Values of one facet OR together, "
                    + "different facets AND together. translate (default true): also search the query's terms in English, Malay "
                    + "and Chinese; the answer's translations lists the terms translated. 400 with {\"error\": ...} for a request that cannot be answered.")
    public Response search(@Context UriInfo uri, @Parameter(description = "free text, any language") @jakarta.ws.rs.QueryParam("q") String ignored) {
        SearchResult r = search.search(SearchRequest.parse(QueryParams.of(uri)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", r.total());
        body.put("totalExact", r.totalExact());
        body.put("results", r.results());
        body.put("facets", r.facets());
        body.put("facetsExact", r.facetsExact());
        body.put("next", r.next());
        body.put("relaxed", r.relaxed());
        body.put("translations", r.translations());
        // bytes, not a String: the answer is encoded once, not again from UTF-16 on the way out
        return Response.ok(ColJson.writeBytes(body), MediaType.APPLICATION_JSON).build();
    }
}
