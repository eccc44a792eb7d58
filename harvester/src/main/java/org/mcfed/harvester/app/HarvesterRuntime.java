package org.mcfed.harvester.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.Connectors;
import org.mcfed.harvester.config.EngineOptions;
import org.mcfed.harvester.config.HarvestSource;
import org.mcfed.harvester.config.HarvesterConfig;
import org.mcfed.harvester.config.SourceSettingsCheck;
import org.mcfed.harvester.config.SourcesConfig;
import org.mcfed.harvester.lease.SourceLeases;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.harvester.run.HarvestMetrics;

import java.net.InetAddress;
import java.time.Clock;
import java.util.List;

/**
 * The harvester inside Quarkus: checks the configuration at start-up (the app does not start with
 * a misconfigured source), then starts the {@link HarvestEngine} and stops it cleanly at shutdown.
 */
@Startup
@ApplicationScoped
public class HarvesterRuntime {

    private static final Logger LOG = Logger.getLogger(HarvesterRuntime.class);

    @Inject
    HarvesterConfig config;

    @Inject
    SourcesConfig sourcesConfig;

    @ConfigProperty(name = "mcfed.kafka.bootstrap")
    String bootstrap;

    @Inject
    MeterRegistry registry;

    private List<HarvestSource> sources;
    private HarvestEngine engine;

    @PostConstruct
    void start() {
        if (config.adminPassword().map(String::isBlank).orElse(true)) {
            throw new IllegalStateException("harvester configuration is invalid:\n  mcfed.harvester.admin-password: missing;"
                    + " the admin API needs a password (secret: set MCFED_HARVESTER_ADMIN_PASSWORD)");
        }
        sources = SourceSettingsCheck.check(sourcesConfig.sources(), Connectors.available().keySet());
        HarvesterConfig h = config;
        EngineOptions options = new EngineOptions(bootstrap, h.instanceId().orElseGet(HarvesterRuntime::hostName),
                h.leaseSlots().orElse(Topics.declaration(SourceLeases.TOPIC).partitions()), h.breakerFailedPolls(), h.breakerFailedRuns(), h.breakerOpenFor(), h.maxDeletionFraction(),
                h.resumeAttempts(), h.resumeBackoff(), h.sessionTimeout());
        engine = new HarvestEngine(sources, options, Clock.systemUTC(), new HarvestMetrics(registry)).start();
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    public List<HarvestSource> sources() {
        return sources;
    }

    /** The admin API's user name. */
    public String adminUser() {
        return config.adminUser();
    }

    /** The admin API's password (checked non-blank at start-up). */
    public String adminPassword() {
        return config.adminPassword().orElse(null);
    }

    public HarvestEngine engine() {
        return engine;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            LOG.warnf("no host name (%s); set mcfed.harvester.instance-id", e.toString());
            return "harvester";
        }
    }
}
