package org.mcfed.harvester.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mcfed.harvester.app.HarvesterRuntime;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.harvester.run.RunRequest;
import org.mcfed.harvester.run.SourceControl;
import org.mcfed.harvester.run.Trigger;

import java.util.List;
import java.util.Map;

/**
 * The operators' API (HTTP basic against the configured credentials, {@link AdminAuthFilter}; 401
 * without them): the sources with
 * their state and last runs, and runs on demand, pause and resume.
 */
@Path("/admin/sources")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    HarvesterRuntime runtime;

    @GET
    public List<SourceView> sources() {
        HarvestEngine engine = runtime.engine();
        return engine.controls().stream()
                .map(c -> SourceView.of(c, engine.owns(c.source().name()), engine.instanceId()))
                .toList();
    }

    @GET
    @Path("{name}")
    public Response source(@PathParam("name") String name) {
        SourceControl c = find(name);
        if (c == null) {
            return unknown(name);
        }
        HarvestEngine engine = runtime.engine();
        return Response.ok(SourceView.of(c, engine.owns(name), engine.instanceId())).build();
    }

    /** Starts a run now (even while the breaker is open: an operator's run is its trial). */
    @POST
    @Path("{name}/run")
    public Response run(@PathParam("name") String name) {
        if (find(name) == null) {
            return unknown(name);
        }
        if (!runtime.engine().control(name).source().enabled()) {
            return answer(name, RunRequest.DISABLED);
        }
        // admitted here, then picked up by the source's route (the run's own thread)
        return answer(name, runtime.engine().request(name, Trigger.MANUAL));
    }

    /** Stops the source's run at its next poll (its checkpoint kept) and skips its schedule until resumed. */
    @POST
    @Path("{name}/pause")
    public Response pause(@PathParam("name") String name) {
        if (find(name) == null) {
            return unknown(name);
        }
        runtime.engine().pause(name);
        return Response.ok(Map.of("source", name, "paused", true)).build();
    }

    /** Lifts the pause and continues an interrupted run, if any. */
    @POST
    @Path("{name}/resume")
    public Response resume(@PathParam("name") String name) {
        if (find(name) == null) {
            return unknown(name);
        }
        RunRequest answer = runtime.engine().resume(name);
        return Response.ok(Map.of("source", name, "paused", false, "run", answer.name().toLowerCase())).build();
    }

    private SourceControl find(String name) {
        return runtime.engine().controls().stream().filter(c -> c.source().name().equals(name)).findFirst().orElse(null);
    }

    private static Response answer(String name, RunRequest answer) {
        int status = switch (answer) {
            case STARTED -> 202;
            case UNKNOWN_SOURCE -> 404;
            case SHUT_DOWN -> 503;
            default -> 409;
        };
        String run = answer.name().toLowerCase(java.util.Locale.ROOT);
        if (status < 400) {
            return Response.status(status).entity(Map.of("source", name, "run", run)).build();
        }
        // a refusal carries "error" as every error of the service does, and keeps "run" for scripts reading it
        return Response.status(status).entity(Map.of("source", name, "run", run,
                "error", "source '" + name + "' was not run: " + run.replace('_', ' '))).build();
    }

    private static Response unknown(String name) {
        return Response.status(404).entity(Map.of("error", "no source named '" + name + "'")).build();
    }
}
