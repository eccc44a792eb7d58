package org.mcfed.kafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the single-node KRaft broker as its own JVM for local runs:
 * {@code java -cp ... org.mcfed.kafka.KafkaBrokerMain [dataDir] [port] [controllerPort]}
 * (defaults {@code target/kafka-data}, 9092, 9093). Data survives restarts; Ctrl-C stops it cleanly.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/kafka-data");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 9092;
        int controllerPort = args.length > 2 ? Integer.parseInt(args[2]) : 9093;
        KraftBroker broker = KraftBroker.at(dataDir, port, controllerPort).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            stopped.countDown();
        }, "kafka-broker-shutdown"));
        System.out.println("mcfed kafka broker ready on " + broker.bootstrapServers() + " (data in " + dataDir.toAbsolutePath() + ")");
        stopped.await();
    }
}
