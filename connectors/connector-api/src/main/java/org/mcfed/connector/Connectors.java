package org.mcfed.connector;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The connectors on the class path, by name. */
public final class Connectors {

    private Connectors() {
    }

    public static Map<String, Connector> available() {
        Map<String, Connector> byName = new TreeMap<>();
        for (Connector c : ServiceLoader.load(Connector.class)) {
            byName.put(c.name(), c);
        }
        return byName;
    }

    public static Connector byName(String name) {
        Connector c = available().get(name);
        if (c == null) {
            throw new IllegalArgumentException("no connector named '" + name + "'; available: " + available().keySet());
        }
        return c;
    }
}
