package org.mcfed.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The load balancer's generated configuration: one health-checked server per replica, and HAProxy accepts it. */
class IndexLoadBalancerTest {

    @Test
    void everyReplicaIsAHealthCheckedServerAndHaproxyAcceptsTheConfiguration(@TempDir Path dir) throws Exception {
        Map<String, Integer> replicas = new LinkedHashMap<>();
        replicas.put("index-service-1", 18086);
        replicas.put("index-service-2", 18087);
        String config = IndexLoadBalancer.render(18080, replicas);
        assertThat(config).contains("bind 0.0.0.0:18080")
                .contains("server index-service-1 127.0.0.1:18086 check")
                .contains("server index-service-2 127.0.0.1:18087 check")
                .contains("option httpchk GET /q/health/ready")
                .contains("retry-on all-retryable-errors")
                .contains("del-header Upgrade if { req.hdr(Upgrade) -i h2c }")
                .doesNotContain("${");
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        Process check = new ProcessBuilder(List.of(IndexLoadBalancer.executable().toString(), "-c", "-f", file.toString()))
                .redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(out).isZero();
    }

    @Test
    void indexReplicasAreAnOptionOfTheLocalRun() {
        PipelineOptions two = PipelineOptions.parse(new String[] {"--index-replicas", "2"});
        assertThat(two.loadBalanced()).isTrue();
        assertThat(two.indexReplicaPorts()).containsExactly(8086, 8087);
        assertThat(PipelineOptions.parse(new String[0]).loadBalanced()).isFalse();
    }
}
