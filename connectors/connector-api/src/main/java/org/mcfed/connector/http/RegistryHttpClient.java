package org.mcfed.connector.http;

import org.jboss.logging.Logger;
import org.mcfed.connector.SourceConfig;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The HTTP client every registry connector fetches with, so that all sources behave the same way
 * towards the registries: a User-Agent naming the aggregator, a per-host rate limit, retries by
 * {@link RetryPolicy} for what {@link FailureClassifier} calls retriable, conditional GET with the
 * validators of the last harvest, a body size guard, and the declared charset handed on with the bytes.
 * It never throws for a failed page: every GET ends in a {@link FetchOutcome}.
 */
public final class RegistryHttpClient {

    /** Option key ({@code SourceConfig.options}) for the body size guard in bytes (default 8 MiB). */
    public static final String MAX_BODY_BYTES_OPTION = "max-body-bytes";
    /**
     * Option key: the HTTP client on the wire, {@code socket} (default), {@code url-connection}, {@code jdk-http-client} or
     * {@code apache-http-client} ({@link HttpTransport}).
     */
    public static final String HTTP_CLIENT_OPTION = HttpTransport.OPTION;
    /** The values {@link #HTTP_CLIENT_OPTION} takes. */
    public static final java.util.Set<String> HTTP_CLIENTS = java.util.Set.of(UrlConnectionTransport.NAME, JdkHttpClientTransport.NAME,
            ApacheHttpClientTransport.NAME, SocketTransport.NAME);

    private static final Logger LOG = Logger.getLogger(RegistryHttpClient.class);

    private final HttpTransport http;
    private final SourceConfig config;
    private final RetryPolicy retry;
    private final HostRateLimiter limiter;
    private final long maxBodyBytes;
    private final Clock clock;
    /** Requests sent (each attempt of a retried GET is one), from every thread that uses this client. */
    private final LongAdder requests = new LongAdder();
    /** Time the requests waited for the rate limit, summed over the threads that waited. */
    private final LongAdder rateLimitWaitNanos = new LongAdder();

    public RegistryHttpClient(SourceConfig config) {
        this(config, new HostRateLimiter(config.requestsPerSecond()), Clock.systemUTC());
    }

    /** @param limiter shared by clients that should count against one budget per host */
    public RegistryHttpClient(SourceConfig config, HostRateLimiter limiter, Clock clock) {
        this.config = config;
        this.retry = RetryPolicy.of(config);
        this.limiter = limiter;
        this.clock = clock;
        this.maxBodyBytes = Long.parseLong(config.option(MAX_BODY_BYTES_OPTION, String.valueOf(8L * 1024 * 1024)));
        this.http = HttpTransport.of(config);
    }

    /** Requests this client sent so far: every attempt, retries included. */
    public long requests() {
        return requests.sum();
    }

    /**
     * How long its requests waited for the per-host rate limit so far, summed over the threads that sent them. Next
     * to the run's length times the threads fetching, it tells whether the politeness limit, not the registry or
     * the machine, bounded a harvest.
     */
    public Duration rateLimitWait() {
        return Duration.ofNanos(rateLimitWaitNanos.sum());
    }

    /** A plain GET. */
    public FetchOutcome get(URI url) {
        return conditionalGet(url, null, null);
    }

    /**
     * A GET sending {@code If-None-Match} / {@code If-Modified-Since} when the validators are known;
     * a 304 ends in {@link FetchOutcome.NotModified}.
     */
    public FetchOutcome conditionalGet(URI url, String etag, String lastModified) {
        Map<String, String> headers = new LinkedHashMap<>(4);
        headers.put("User-Agent", config.userAgent());
        headers.put("Accept", "text/html,application/xhtml+xml,application/xml,application/json;q=0.9,*/*;q=0.8");
        if (etag != null && !etag.isBlank()) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null && !lastModified.isBlank()) {
            headers.put("If-Modified-Since", lastModified);
        }
        return send(url, headers);
    }

    private FetchOutcome send(URI url, Map<String, String> headers) {
        String lastReason = "not attempted";
        int lastStatus = 0;
        for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
            Duration retryAfter = null;
            try {
                rateLimitWaitNanos.add(limiter.acquire(url));
                requests.increment();
                HttpTransport.Response response = http.get(url, headers, config.requestTimeout());
                int status = response.status();
                if (status == 304) {
                    response.close();
                    return new FetchOutcome.NotModified(url, attempt);
                }
                if (FailureClassifier.isSuccess(status)) {
                    long declared = contentLength(response.header("Content-Length"));
                    if (declared > maxBodyBytes) {
                        response.body().close();
                        throw new BodyTooLargeException(maxBodyBytes);
                    }
                    byte[] body = BoundedBodyReader.read(response.body(), maxBodyBytes, declared, config.requestTimeout());
                    String contentType = response.header("Content-Type");
                    return new FetchOutcome.Fetched(url, status, body, contentType, charsetOf(contentType),
                            response.header("ETag"), response.header("Last-Modified"), attempt);
                }
                response.close();
                lastReason = FailureClassifier.reason(status);
                lastStatus = status;
                if (!FailureClassifier.isRetriable(status)) {
                    return new FetchOutcome.Failed(url, lastReason, false, attempt, status);
                }
                retryAfter = RetryPolicy.parseRetryAfter(response.header("Retry-After"), clock);
                if (retryAfter != null && retryAfter.compareTo(retry.retryAfterCap()) > 0) {
                    return new FetchOutcome.Failed(url, lastReason + ", Retry-After " + retryAfter.toSeconds()
                            + " s exceeds the cap of " + retry.retryAfterCap().toSeconds() + " s", true, attempt, status);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchOutcome.Failed(url, "interrupted", true, attempt);
            } catch (IOException | RuntimeException e) {
                lastReason = FailureClassifier.reason(e);
                lastStatus = 0;
                if (!FailureClassifier.isRetriable(e)) {
                    return new FetchOutcome.Failed(url, lastReason, false, attempt);
                }
            }
            if (attempt < retry.maxAttempts()) {
                Duration wait = retry.waitAfter(attempt, retryAfter);
                LOG.debugf("%s: %s, attempt %d of %d, retrying in %d ms", url, lastReason, attempt, retry.maxAttempts(), wait.toMillis());
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait.toMillis());
                long left;
                while ((left = until - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(left);
                    if (Thread.currentThread().isInterrupted()) {
                        return new FetchOutcome.Failed(url, "interrupted", true, attempt);
                    }
                }
            }
        }
        return new FetchOutcome.Failed(url, lastReason + " (gave up after " + retry.maxAttempts() + " attempts)", true,
                retry.maxAttempts(), lastStatus);
    }

    private static long contentLength(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The charset a {@code Content-Type} header declares, or null when none or an unknown one. */
    static Charset charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).trim().replace("\"", "").replace("'", "");
                try {
                    return Charset.forName(name);
                } catch (RuntimeException unknown) {
                    return null;
                }
            }
        }
        return null;
    }
}
