package org.mcfed.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The Kafka broker's JVM options for a class-data archive (JDK 17's dynamic AppCDS archive).
 * <p>
 * Why: a broker killed with -9 is back only once its JVM has started again, and on two busy cores
 * much of that start is loading and verifying Kafka's and Scala's classes. Mapped from an archive,
 * a broker restarted after a kill served again 1.2 s sooner on an idle machine (4.3 s → 3.1 s), more
 * under load (BENCHMARKS.md, issue 14). The archive is made by a short training start of a throwaway
 * broker and kept in {@code deploy/launcher/target/cds}, one per JDK and class path (the JVM refuses an
 * archive made for another); it is made again when a jar of the class path is newer than it (a new build).
 * <p>
 * Only jars can be archived, so the broker gets the launcher's class path without its folders (it
 * needs none of the launcher's own classes). When the broker's classes themselves are a folder (a run
 * from an IDE), the broker starts without an archive. The Quarkus services get none: their classes
 * come through Quarkus's own class loader, which a JDK 17 archive does not cover (the harvester's
 * start-up CPU fell only 5-13 % with one, measured).
 */
final class BrokerClassData {

    static final String MAIN = "org.mcfed.kafka.KafkaBrokerMain";
    private static final String MAIN_CLASS_FILE = MAIN.replace('.', '/') + ".class";
    private static final Duration TRAINING_LIMIT = Duration.ofSeconds(90);

    /** The broker's class path, and the archive options to start it with (empty: no archive). */
    record Launch(String classPath, List<String> jvmOptions) {
    }

    private BrokerClassData() {
    }

    /**
     * How to start the broker from the launcher's {@code classPath}: with a fresh archive under
     * {@code repo}, made now (a few seconds) if there is none for this build.
     */
    static Launch prepare(Path repo, String classPath, String java) {
        List<String> entries = Arrays.asList(classPath.split(File.pathSeparator));
        if (entries.stream().map(Path::of).anyMatch(e -> Files.isRegularFile(e.resolve(MAIN_CLASS_FILE)))) {
            return new Launch(classPath, List.of());
        }
        List<Path> jars = entries.stream().map(Path::of).filter(Files::isRegularFile).toList();
        String jarPath = String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
        // the JVM maps an archive only for the class path it was made with, and only on the JDK that made it
        Path archive = repo.resolve("deploy/launcher/target/cds").resolve(String.format("kafka-broker-jdk%d.%d-%08x.jsa",
                Runtime.version().feature(), Runtime.version().update(), jarPath.hashCode()));
        if (!fresh(archive, jars) && !train(archive, jarPath, java)) {
            return new Launch(jarPath, List.of());
        }
        return new Launch(jarPath, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }

    private static boolean fresh(Path archive, List<Path> jars) {
        if (!Files.isRegularFile(archive)) {
            return false;
        }
        try {
            FileTime made = Files.getLastModifiedTime(archive);
            for (Path jar : jars) {
                if (Files.getLastModifiedTime(jar).compareTo(made) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts a throwaway broker that writes the archive when it exits, and stops it (SIGTERM: a clean
     * exit) once it serves, as the launcher starts and stops any service; false when that failed.
     */
    private static boolean train(Path archive, String jarPath, String java) {
        Path work = null;
        try {
            Files.createDirectories(archive.getParent());
            work = Files.createTempDirectory("mcfed-broker-cds-");
            Path partial = work.resolve("broker.jsa");
            Path log = work.resolve("training.log");
            int port = PipelineOptions.freePort();
            ServiceProcess broker = new ServiceProcess("broker (class-data training)", List.of(java, "-Xmx1g",
                    "-XX:ArchiveClassesAtExit=" + partial, "-cp", jarPath, MAIN, work.resolve("kafka").toString(),
                    String.valueOf(port), String.valueOf(PipelineOptions.freePort())), port, log);
            long started = System.nanoTime();
            broker.start();
            try {
                broker.awaitReady(TRAINING_LIMIT);
            } finally {
                broker.stop();
            }
            if (!Files.isRegularFile(partial) || Files.size(partial) == 0) {
                System.err.println("the broker's class-data archive could not be made (see " + log + "): it starts without one");
                work = null; // keep the log
                return false;
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("made the broker's class-data archive %s in %.1f s%n", archive, (System.nanoTime() - started) / 1e9);
            return true;
        } catch (IOException | RuntimeException e) {
            System.err.println("the broker's class-data archive could not be made (" + e.getMessage() + "): it starts without one");
            work = null; // keep the log
            return false;
        } finally {
            if (work != null) {
                try {
                    RunDirectory.clear(work);
                } catch (IOException e) {
                    // a temporary folder left behind
                }
            }
        }
    }
}
