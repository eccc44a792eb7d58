package org.mcfed.connector.nzqa;

import org.mcfed.connector.Connector;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.SourceTask;

/** The NZQA register of listed and approved micro-credentials (docs/sources/nzqa.md). */
public final class NzqaConnector implements Connector {

    public static final String NAME = "nzqa";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceTask newTask() {
        return new NzqaTask();
    }

    @Override
    public Mapper mapper() {
        return new NzqaMapper();
    }
}
