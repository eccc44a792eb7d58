package org.mcfed.index.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.store.RecordIndex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code GET /api/compare?id=...&id=...}: 2-4 records side by side (see {@link Comparison}). */
@Path("/api/compare")
public class CompareResource {

    private final RecordIndex index;

    CompareResource(RecordIndex index) {
        this.index = index;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare 2-4 records: hours, levels in every framework and ISCED, cost, mode, quality assurance")
    public Response compare(@Context UriInfo uri) {
        List<String> given = QueryParams.of(uri).getOrDefault("id", List.of());
        Set<String> ids = new LinkedHashSet<>();
        for (String id : given) {
            if (id != null && !id.isBlank()) {
                ids.add(id.strip());
            }
        }
        if (ids.size() < 2 || ids.size() > 4) {
            throw new BadRequest("compare takes 2 to 4 different record ids (id=...&id=...); got " + ids.size());
        }
        List<ColRecord> records = new ArrayList<>();
        for (String id : ids) {
            records.add(index.get(id).orElseThrow(() -> new NotFound("no record with id " + id)));
        }
        return Response.ok(ColJson.write(Comparison.of(records)), MediaType.APPLICATION_JSON).build();
    }
}
