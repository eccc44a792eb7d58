package org.mcfed.connector.mqa;

import org.mcfed.connector.Connector;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.SourceTask;

/** The Malaysian Qualifications Register's micro-credentials (docs/sources/mqa.md). */
public final class MqaConnector implements Connector {

    public static final String NAME = "mqa";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceTask newTask() {
        return new MqaTask();
    }

    @Override
    public Mapper mapper() {
        return new MqaMapper();
    }
}
