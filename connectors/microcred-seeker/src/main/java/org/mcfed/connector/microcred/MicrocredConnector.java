package org.mcfed.connector.microcred;

import org.mcfed.connector.Connector;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.SourceTask;

/** Microcred Seeker, Australia's micro-credential directory (docs/sources/microcred-seeker.md): HTML course listing and pages. */
public final class MicrocredConnector implements Connector {

    public static final String NAME = "microcred-seeker";

    private final MicrocredMapper mapper = new MicrocredMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceTask newTask() {
        return new MicrocredTask();
    }

    @Override
    public Mapper mapper() {
        return mapper;
    }
}
