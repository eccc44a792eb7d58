package org.mcfed.harvester.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

import java.util.Map;

/** The registries to harvest: {@code mcfed.sources.<name>.*} (docs/api.md), by source name. */
@ConfigMapping(prefix = "mcfed.sources")
public interface SourcesConfig {

    /** By source name, the name used in record ids ({@code <source>:<localId>}). */
    @WithParentName
    Map<String, HarvesterConfig.SourceSettings> sources();
}
