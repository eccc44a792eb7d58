package org.mcfed.normalizer;

import org.jboss.logging.Logger;
import org.mcfed.connector.Connector;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The connectors on the class path, loaded one by one so that one broken connector jar (a
 * services entry whose class is missing or fails to start) costs only its own records, which go to
 * the rejects topic as {@code unknown-connector} with the load error, instead of stopping the
 * normalizer for every source. The error is logged at start.
 */
public final class ConnectorCatalog {

    private static final Logger LOG = Logger.getLogger(ConnectorCatalog.class);

    private final Map<String, Connector> byName;
    private final List<String> loadErrors;

    private ConnectorCatalog(Map<String, Connector> byName, List<String> loadErrors) {
        this.byName = Map.copyOf(byName);
        this.loadErrors = List.copyOf(loadErrors);
    }

    public static ConnectorCatalog onClassPath() {
        Map<String, Connector> byName = new TreeMap<>();
        List<String> errors = new ArrayList<>();
        Iterator<Connector> it = ServiceLoader.load(Connector.class).iterator();
        for (int guard = 0; guard < 1000; guard++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                Connector c = it.next();
                byName.put(c.name(), c);
            } catch (ServiceConfigurationError | LinkageError e) {
                errors.add(e.getMessage());
                LOG.errorf("a connector could not be loaded, its records will be rejected: %s", e.getMessage());
            }
        }
        return new ConnectorCatalog(byName, errors);
    }

    public static ConnectorCatalog of(Map<String, Connector> byName) {
        return new ConnectorCatalog(byName, List.of());
    }

    public Connector get(String name) {
        return byName.get(name);
    }

    public Map<String, Connector> byName() {
        return byName;
    }

    /** Why connectors listed in {@code META-INF/services} could not be loaded; empty when all loaded. */
    public List<String> loadErrors() {
        return loadErrors;
    }
}
