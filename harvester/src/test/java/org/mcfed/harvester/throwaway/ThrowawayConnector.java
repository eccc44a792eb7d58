package org.mcfed.harvester.throwaway;

import org.mcfed.connector.Connector;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.SourceTask;

import java.util.List;

/**
 * A registry that exists only in this test folder: registered by its own
 * {@code META-INF/services/org.mcfed.connector.Connector} line, found by the harvester like the real
 * ones, with no other module edited.
 */
public class ThrowawayConnector implements Connector {

    public static final String NAME = "throwaway";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceTask newTask() {
        return new ThrowawayTask();
    }

    @Override
    public Mapper mapper() {
        return raw -> {
            throw new MappingException(List.of(new MappingException.Reason("page", "the throwaway registry has no COL mapping")));
        };
    }
}
