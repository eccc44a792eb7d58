package org.mcfed.harvester.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.jboss.logging.Logger;
import org.mcfed.col.admin.AdminCredential;
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
 * a misconfigured source), then starts the {@link HarvestEngine} on the app's Camel context and stops it
 * cleanly at shutdown.
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

    @Inject
    CamelContext camel;

    private List<HarvestSource> sources;
    private HarvestEngine engine;
    private AdminCredential adminCredential;

    @PostConstruct
    void start() {
        adminCredential = AdminCredential.of(config.adminUser(), config.adminPassword());
        if (!adminCredential.configured()) {
            LOG.warn("mcfed.harvester.admin-password (MCFED_ADMIN_PASSWORD) is not set: the admin API refuses every call (401)"
                    + " until it is; scheduled harvests run as configured");
        }
        sources = SourceSettingsCheck.check(sourcesConfig.sources(), Connectors.available().keySet());
        HarvesterConfig h = config;
        EngineOptions options = new EngineOptions(bootstrap, h.instanceId().orElseGet(HarvesterRuntime::hostName),
                h.leaseSlots().orElse(Topics.declaration(SourceLeases.TOPIC).partitions()), h.breakerFailedPolls(), h.breakerFailedRuns(), h.breakerOpenFor(), h.maxDeletionFraction(),
                h.resumeAttempts(), h.resumeBackoff(), h.sessionTimeout(), h.transactionRecords(), h.transactionWindow(),
                h.collectHeapWhenIdle());
        engine = new HarvestEngine(sources, options, Clock.systemUTC(), new HarvestMetrics(registry), camel).start();
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

    /** The admin API's credential (closed when no password is configured). */
    public AdminCredential adminCredential() {
        return adminCredential;
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
