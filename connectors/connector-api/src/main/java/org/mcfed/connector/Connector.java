package org.mcfed.connector;

/**
 * A registry connector: its name (the value of {@code mcfed.sources.<name>.connector}), a factory
 * for harvest runs, and its mapper. Implementations are found with {@link java.util.ServiceLoader}
 * (a {@code META-INF/services/org.mcfed.connector.Connector} file in each connector folder), so
 * adding a registry is adding one folder.
 */
public interface Connector {

    String name();

    SourceTask newTask();

    Mapper mapper();
}
