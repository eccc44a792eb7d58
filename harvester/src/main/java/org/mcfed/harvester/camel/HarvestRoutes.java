package org.mcfed.harvester.camel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.mcfed.harvester.app.HarvesterRuntime;
import org.mcfed.harvester.config.HarvestSource;
import org.mcfed.harvester.run.RunRequest;
import org.mcfed.harvester.run.Trigger;

/**
 * One route per enabled source, {@code harvest-<source>}: every request for a run (its schedule,
 * an operator) enters here with a {@value #TRIGGER} header and leaves with the {@link RunRequest}
 * answer; the run itself goes on in the source's own thread.
 */
@ApplicationScoped
public class HarvestRoutes extends RouteBuilder {

    public static final String TRIGGER = "McfedTrigger";

    @Inject
    HarvesterRuntime runtime;

    public static String runEndpoint(String source) {
        return "direct:harvest-" + source;
    }

    @Override
    public void configure() {
        for (HarvestSource s : runtime.sources()) {
            if (!s.enabled()) {
                continue;
            }
            from(runEndpoint(s.name()))
                    .routeId("harvest-" + s.name())
                    .process(exchange -> {
                        Trigger trigger = exchange.getMessage().getHeader(TRIGGER, Trigger.SCHEDULE, Trigger.class);
                        RunRequest answer = runtime.engine().request(s.name(), trigger);
                        exchange.getMessage().setBody(answer);
                    })
                    .log(org.apache.camel.LoggingLevel.DEBUG, "harvest " + s.name() + " ${header." + TRIGGER + "}: ${body}");
        }
    }
}
