package org.mcfed.harvester.it;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.mcfed.col.pipeline.RunReport;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.connector.SourceConfig;
import org.mcfed.harvester.config.EngineOptions;
import org.mcfed.harvester.config.HarvestSource;
import org.mcfed.harvester.run.HarvestEngine;
import org.mcfed.harvester.run.HarvestMetrics;
import org.mcfed.harvester.run.RunRequest;
import org.mcfed.harvester.run.Trigger;
import org.mcfed.harvester.state.StateTopic;
import org.mcfed.kafka.KraftBroker;
import org.mcfed.sandbox.RegistrySandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The real parts of a harvest test: an in-process KRaft broker, the registry sandbox over HTTP,
 * and harvester engines (the class the Quarkus app runs) that tests can start, halt and restart.
 * Rate limits are high so a full-scale run fits in CI; retries stay as configured in production.
 */
public final class HarvestBench implements AutoCloseable {

    public static final double TEST_RATE = 2000;

    static {
        // Quiet tests, except the harvester's one line per run (whatever logging config the class path brings).
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("kafka").setLevel(java.util.logging.Level.OFF);
        java.util.logging.Logger.getLogger("org.apache.kafka").setLevel(java.util.logging.Level.OFF);
        java.util.logging.Logger.getLogger("org.mcfed.harvester.run.HarvestEngine").setLevel(java.util.logging.Level.INFO);
    }

    public final KraftBroker broker;
    public final RegistrySandbox sandbox;

    public HarvestBench(double scale) {
        broker = KraftBroker.onFreePorts().start();
        sandbox = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start();
    }

    public String bootstrap() {
        return broker.bootstrapServers();
    }

    public HarvestSource source(String name) {
        SourceConfig config = SourceConfig.of(name, name, sandbox.baseUrl(name)).withRate(TEST_RATE)
                .withRetry(6, Duration.ofMillis(20), Duration.ofMillis(500));
        return new HarvestSource(name, config, "manual", true);
    }

    public EngineOptions options(String instanceId) {
        return EngineOptions.defaults(bootstrap(), instanceId);
    }

    public HarvestEngine engine(String instanceId, List<String> sources) {
        return unstartedEngine(instanceId, sources).start();
    }

    /** An engine that has not yet created its topics nor joined the lease group. */
    public HarvestEngine unstartedEngine(String instanceId, List<String> sources) {
        return unstartedEngine(sources, options(instanceId));
    }

    /** An engine with options of the test's own, not yet started. */
    public HarvestEngine unstartedEngine(List<String> sources, EngineOptions options) {
        return new HarvestEngine(sources.stream().map(this::source).toList(), options, Clock.systemUTC(),
                new HarvestMetrics(new SimpleMeterRegistry()));
    }

    /** Waits for the lease, starts a run and waits for its report. */
    public static RunReport harvest(HarvestEngine engine, String source, Duration within) {
        int before = engine.control(source).lastRuns().size();
        String lastRun = before == 0 ? null : engine.control(source).lastRuns().get(0).runId();
        start(engine, source);
        return awaitReport(engine, source, lastRun, within);
    }

    /**
     * Starts a run once this engine owns the source and the resume check it makes on getting the
     * lease is over (that check finds nothing to resume on a fresh topic).
     */
    public static void start(HarvestEngine engine, String source) {
        long t0 = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> engine.request(source, Trigger.MANUAL) == RunRequest.STARTED);
        System.out.printf("%s: run of %s started after %d ms waiting for its lease%n", engine.instanceId(), source,
                (System.nanoTime() - t0) / 1_000_000);
    }

    public static RunReport awaitReport(HarvestEngine engine, String source, String afterRun, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<RunReport> runs = engine.control(source).lastRuns();
            return !runs.isEmpty() && !runs.get(0).runId().equals(afterRun) && !engine.control(source).running();
        });
        // what the run wrote last is read the way a consumer reads it: once its commit markers are written
        TopicContents.awaitCommitted(engine.bootstrap(), Topics.RAW, StateTopic.NAME, Topics.HARVEST_RUNS);
        return engine.control(source).lastRuns().get(0);
    }

    public List<RunReport> reports() {
        return TopicContents.reports(bootstrap(), Topics.HARVEST_RUNS);
    }

    @Override
    public void close() {
        sandbox.close();
        broker.close();
    }
}
