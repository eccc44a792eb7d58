package org.mcfed.connector.colfeed;

import org.mcfed.connector.Connector;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.SourceTask;

/**
 * Any registry exposing the COL feed of docs/sources/col-feed.md, as JSON or OAI-PMH 2.0,
 * another mcfed's index-service included: the records are COL records already.
 */
public final class ColFeedConnector implements Connector {

    public static final String NAME = "col-feed";

    private final ColFeedMapper mapper = new ColFeedMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceTask newTask() {
        return new ColFeedTask();
    }

    @Override
    public Mapper mapper() {
        return mapper;
    }
}
