package org.mcfed.sandbox;

import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A registry outage: close() drops every connection, the registries keep their state, start() serves them again on the same port. */
class RegistryOutageIT {

    @Test
    void stopAndRestartKeepPortAndState() {
        RegistrySandbox sb = RegistrySandbox.builder().seed(4).scale(0.2).port(0).build().start();
        try {
            URI page = URI.create(sb.baseUri() + sb.site("nzqa").entryPage());
            int port = sb.port();
            assertThat(Http.get(page).statusCode()).isEqualTo(200);
            sb.close();
            assertThatThrownBy(() -> Http.get(page)).isInstanceOf(UncheckedIOException.class);
            sb.tick(0.1, 0.1, 0.1);
            sb.start();
            assertThat(sb.port()).isEqualTo(port);
            assertThat(Http.get(page).statusCode()).isEqualTo(200);
            assertThat(sb.truth().tick()).isEqualTo(1);
            assertThatThrownBy(sb::start).isInstanceOf(IllegalStateException.class);
        } finally {
            sb.close();
        }
    }
}
