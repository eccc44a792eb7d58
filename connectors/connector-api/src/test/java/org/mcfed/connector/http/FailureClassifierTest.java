package org.mcfed.connector.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.http.HttpTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassifierTest {

    @Test
    void serverErrorsThrottlingAndTimeoutsAreRetriableOtherClientErrorsAreNot() {
        assertThat(FailureClassifier.isRetriable(500)).isTrue();
        assertThat(FailureClassifier.isRetriable(503)).isTrue();
        assertThat(FailureClassifier.isRetriable(429)).isTrue();
        assertThat(FailureClassifier.isRetriable(408)).isTrue();
        assertThat(FailureClassifier.isRetriable(404)).isFalse();
        assertThat(FailureClassifier.isRetriable(403)).isFalse();
        assertThat(FailureClassifier.isRetriable(410)).isFalse();
    }

    @Test
    void ioFailuresAreRetriableAnOversizedBodyIsNot() {
        assertThat(FailureClassifier.isRetriable(new SocketException("Connection reset"))).isTrue();
        assertThat(FailureClassifier.isRetriable(new ConnectException("refused"))).isTrue();
        assertThat(FailureClassifier.isRetriable(new HttpTimeoutException("request timed out"))).isTrue();
        assertThat(FailureClassifier.isRetriable(new IOException("EOF"))).isTrue();
        assertThat(FailureClassifier.isRetriable(new BodyTooLargeException(10))).isFalse();
        assertThat(FailureClassifier.isRetriable(new IllegalStateException())).isFalse();
    }

    @Test
    void reasonsNameTheKind() {
        assertThat(FailureClassifier.reason(503)).isEqualTo("HTTP 503 Service Unavailable");
        assertThat(FailureClassifier.reason(new HttpTimeoutException("request timed out"))).isEqualTo("timeout: request timed out");
        assertThat(FailureClassifier.reason(new SocketException("Connection reset"))).isEqualTo("SocketException: Connection reset");
        assertThat(FailureClassifier.reason(new BodyTooLargeException(1024))).isEqualTo("response body exceeds 1024 bytes");
    }
}
