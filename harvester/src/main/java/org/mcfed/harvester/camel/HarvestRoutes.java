package org.mcfed.harvester.camel;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.mcfed.harvester.config.HarvestSource;
import org.mcfed.harvester.run.HarvestRun;
import org.mcfed.harvester.run.PollBatch;

import java.util.List;

/**
 * One route per enabled source, {@code harvest-<source>}: a batch from the registry's endpoint is
 * fetched from the connector, then committed in one Kafka transaction; a failure on the way goes to
 * the route's error handling, which ends the run as its kind of failure says (see {@link HarvestRun#fail}).
 */
public class HarvestRoutes extends RouteBuilder {

    private final List<HarvestSource> sources;

    public HarvestRoutes(List<HarvestSource> sources) {
        this.sources = sources;
    }

    public static String routeId(String source) {
        return "harvest-" + source;
    }

    @Override
    public void configure() {
        for (HarvestSource s : sources) {
            if (!s.enabled()) {
                continue;
            }
            from(RegistryEndpoint.uri(s.name(), s.schedule()))
                    .routeId(routeId(s.name()))
                    .onException(Exception.class).handled(true)
                        .process(e -> run(e).fail(caught(e)))
                    .end()
                    .process(e -> e.getMessage().setBody(run(e).fetch())).id("fetch-" + s.name())
                    .process(e -> run(e).commit(batch(e))).id("commit-" + s.name());
        }
    }

    private static HarvestRun run(Exchange exchange) {
        return exchange.getProperty(RegistryConsumer.RUN, HarvestRun.class);
    }

    private static PollBatch batch(Exchange exchange) {
        return exchange.getMessage().getBody(PollBatch.class);
    }

    private static Exception caught(Exchange exchange) {
        return exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    }
}
