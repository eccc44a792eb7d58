package org.mcfed.connector.hkqr;

import org.mcfed.connector.Connector;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.SourceTask;

/** The Hong Kong Qualifications Register (docs/sources/hkqr.md): HTML listing and detail pages in English and Chinese. */
public final class HkqrConnector implements Connector {

    public static final String NAME = "hkqr";

    private final HkqrMapper mapper = new HkqrMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SourceTask newTask() {
        return new HkqrTask();
    }

    @Override
    public Mapper mapper() {
        return mapper;
    }
}
