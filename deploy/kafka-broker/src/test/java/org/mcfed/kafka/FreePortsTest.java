package org.mcfed.kafka;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A broker's two listeners, or a pipeline's services, never get one port between them. */
class FreePortsTest {

    @Test
    void portsHandedOutInOneJvmAreAllDifferent() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            int port = KraftBroker.freePort();
            assertThat(port).isPositive();
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }
}
