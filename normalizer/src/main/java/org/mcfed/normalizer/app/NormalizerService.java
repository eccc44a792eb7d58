package org.mcfed.normalizer.app;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.mcfed.normalizer.NormalizerSettings;
import org.mcfed.normalizer.RawRecordNormalizer;
import org.mcfed.normalizer.RawTopicNormalizer;

/** Runs the plain-Java {@link RawTopicNormalizer} for the life of the Quarkus app. */
@ApplicationScoped
public class NormalizerService {

    private static final Logger LOG = Logger.getLogger(NormalizerService.class);

    private final RawTopicNormalizer loop;
    private final AdminConfig admin;

    public NormalizerService(KafkaConfig kafka, NormalizerConfig config, AdminConfig admin, NormalizerMetrics metrics) {
        this.admin = admin;
        NormalizerSettings settings = NormalizerSettings.defaults(kafka.bootstrap()).withGroupId(config.groupId())
                .withReplicationFactor(config.topics().replicationFactor()).withReplayFromStart(config.replayFromStart())
                .withPolling(config.pollTimeout(), config.maxPollRecords())
                .withMembership(config.instanceId().orElse(null), config.sessionTimeout())
                .withThreads(config.threads())
                .withStateDirectory(config.stateDir().orElse(null), config.snapshotInterval());
        this.loop = new RawTopicNormalizer(settings, new RawRecordNormalizer(), metrics);
    }

    void onStart(@Observes StartupEvent event) {
        if (admin.password().isEmpty()) {
            LOG.warn("mcfed.admin.password is not set: the admin replay endpoint refuses every call");
        }
        loop.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        loop.close();
    }

    public RawTopicNormalizer loop() {
        return loop;
    }
}
