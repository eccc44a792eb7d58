package org.mcfed.harvester.camel;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

import java.util.Map;

/**
 * The {@code registry:<source>} Camel component: one polling endpoint per configured source, whose
 * consumer drives that source's harvest runs through its route a batch at a time.
 */
public class RegistryComponent extends DefaultComponent {

    public static final String SCHEME = "registry";

    private final RegistryRuns runs;

    public RegistryComponent(RegistryRuns runs) {
        this.runs = runs;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        RegistryEndpoint endpoint = new RegistryEndpoint(uri, this, remaining, runs);
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
