package org.mcfed.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker's class-data archive, made from this test's own class path as the launcher makes it:
 * the broker then starts with the archive mapped ({@code -Xshare:on} refuses to start otherwise),
 * and the launcher's folders are left out of its class path.
 */
class BrokerClassDataIT {

    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    Path tmp;

    @Test
    void aBrokerStartsWithTheArchiveMadeForItsClassPath() throws Exception {
        Path repo = Path.of("").toAbsolutePath().getParent().getParent();
        BrokerClassData.Launch launch = BrokerClassData.prepare(repo, System.getProperty("java.class.path"), JAVA);

        assertThat(launch.jvmOptions()).anyMatch(o -> o.startsWith("-XX:SharedArchiveFile="));
        assertThat(Arrays.stream(launch.classPath().split(File.pathSeparator)).map(Path::of))
                .allMatch(Files::isRegularFile);
        // made once: a second launch finds it fresh and takes the same file
        assertThat(BrokerClassData.prepare(repo, System.getProperty("java.class.path"), JAVA)).isEqualTo(launch);

        List<String> cmd = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-Xshare:on"));
        cmd.addAll(launch.jvmOptions());
        cmd.addAll(List.of("-cp", launch.classPath(), BrokerClassData.MAIN, tmp.resolve("kafka").toString(),
                String.valueOf(PipelineOptions.freePort()), String.valueOf(PipelineOptions.freePort())));
        Path log = tmp.resolve("broker.log");
        Process broker = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> !broker.isAlive() || read(log).contains("broker ready"));
            assertThat(broker.isAlive()).as("broker with -Xshare:on and the archive; its log: %s", read(log)).isTrue();
        } finally {
            broker.destroy();
            if (!broker.waitFor(60, TimeUnit.SECONDS)) {
                broker.destroyForcibly();
            }
        }
    }

    @Test
    void brokerClassesInAFolderStartWithoutAnArchive() throws IOException {
        Path classes = tmp.resolve("classes");
        Path main = classes.resolve("org/mcfed/kafka/KafkaBrokerMain.class");
        Files.createDirectories(main.getParent());
        Files.write(main, new byte[] {(byte) 0xCA, (byte) 0xFE});
        String classPath = classes + File.pathSeparator + System.getProperty("java.class.path");

        BrokerClassData.Launch launch = BrokerClassData.prepare(tmp, classPath, JAVA);

        assertThat(launch.jvmOptions()).isEmpty();
        assertThat(launch.classPath()).isEqualTo(classPath);
        assertThat(tmp.resolve("deploy/launcher/target/cds")).doesNotExist();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
