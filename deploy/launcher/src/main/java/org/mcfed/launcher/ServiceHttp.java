package org.mcfed.launcher;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * The launcher's HTTP client for the pipeline's services: HTTP/1.1 only. The JDK client otherwise
 * asks each new connection to upgrade to h2c, and such an upgraded connection to a Quarkus service
 * once left a CI run waiting minutes for an answer whose bytes had arrived (the index-service's own
 * tests pin HTTP/1.1 for the same reason). The services' clients (browsers, aggregators) speak
 * HTTP/1.1 or TLS HTTP/2, never h2c.
 */
public final class ServiceHttp {

    private ServiceHttp() {
    }

    /** A client that connects within {@code connectTimeout}. */
    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    }
}
