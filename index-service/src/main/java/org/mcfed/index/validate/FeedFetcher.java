package org.mcfed.index.validate;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches a registry's feed page for the validator, safely: every hop (redirects are followed
 * here, never by the client) passes {@link AddressPolicy} and the connection goes to the address
 * the policy checked, with the URL's host as {@code Host} and TLS name; the body is cut at the
 * check's byte budget and the request at its deadline.
 */
@ApplicationScoped
class FeedFetcher {

    private static final String ACCEPT = "application/json, application/xml;q=0.9, text/xml;q=0.9";

    private final ValidateConfig config;
    private final AddressPolicy policy;
    private final HttpClient client;

    @Inject
    FeedFetcher(Vertx vertx, ValidateConfig config) {
        this(vertx, config, new AddressPolicy(config.allowedHosts().orElse(Set.of()), config.allowedPorts().orElse(Set.of())));
    }

    FeedFetcher(Vertx vertx, ValidateConfig config, AddressPolicy policy) {
        this.config = config;
        this.policy = policy;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setMaxRedirects(0)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.timeout().toMillis())));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    FetchedPage fetch(URI url, CheckBudget budget) throws UrlRefused, FetchFailed {
        URI hop = url;
        for (int redirects = 0; ; redirects++) {
            Response response = get(policy.check(hop), budget);
            if (response.status() / 100 != 3) {
                if (response.status() != 200) {
                    throw new FetchFailed(hop + " answered HTTP " + response.status(), null);
                }
                return new FetchedPage(hop, response.contentType(), response.body());
            }
            if (response.location() == null) {
                throw new FetchFailed(hop + " answered HTTP " + response.status() + " without a Location", null);
            }
            if (redirects >= config.maxRedirects()) {
                throw new FetchFailed(url + " redirects more than " + config.maxRedirects() + " times", null);
            }
            try {
                hop = hop.resolve(response.location());
            } catch (IllegalArgumentException e) {
                throw new FetchFailed(hop + " redirects to an unreadable Location '" + response.location() + "'", null);
            }
        }
    }

    private record Response(int status, String contentType, String location, byte[] body) {
    }

    private Response get(AddressPolicy.Target target, CheckBudget budget) throws FetchFailed {
        long millis = budget.millisLeft();
        if (millis <= 0) {
            throw new FetchFailed("timed out: the check's time (" + budget.timeout() + ") ran out before " + target.url() + " was fetched", CheckLimit.TIME);
        }
        long cap = budget.bytesLeft();
        String path = (target.url().getRawPath() == null || target.url().getRawPath().isEmpty() ? "/" : target.url().getRawPath())
                + (target.url().getRawQuery() == null ? "" : "?" + target.url().getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setHost(target.host()).setPort(target.port()).setSsl(target.tls()).setURI(path)
                .setFollowRedirects(false).setTimeout(millis)
                .putHeader("Accept", ACCEPT).putHeader("User-Agent", "mcfed-feed-validator");
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Promise<Response> promise = Promise.promise();
        client.request(options).onFailure(promise::tryFail).onSuccess(request -> {
            sent.set(request);
            request.send().onFailure(promise::tryFail).onSuccess(response -> {
                Buffer body = Buffer.buffer();
                response.exceptionHandler(promise::tryFail);
                response.handler(chunk -> {
                    if (body.length() + chunk.length() > cap) {
                        promise.tryFail(new FetchFailed(target.url() + " is larger than the " + cap
                                + " bytes left of the check's " + config.maxBytesPerUrl() + " bytes", CheckLimit.BYTES));
                        request.reset();
                    } else {
                        body.appendBuffer(chunk);
                    }
                });
                response.endHandler(v -> promise.tryComplete(new Response(response.statusCode(),
                        response.getHeader("Content-Type"), response.getHeader("Location"), body.getBytes())));
            });
        });
        Future<Response> future = promise.future();
        try {
            Response response = future.toCompletionStage().toCompletableFuture().get(millis, TimeUnit.MILLISECONDS);
            budget.spendBytes(response.body().length);
            return response;
        } catch (TimeoutException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            throw new FetchFailed("timed out: " + target.url() + " did not answer within the check's " + budget.timeout(), CheckLimit.TIME);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted while fetching " + target.url(), CheckLimit.TIME);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FetchFailed f) {
                throw f;
            }
            String message = String.valueOf(cause.getMessage());
            boolean timedOut = message.toLowerCase(Locale.ROOT).contains("timeout") || message.contains("timed out");
            throw new FetchFailed((timedOut ? "timed out: " : "could not fetch ") + target.url() + ": " + message,
                    timedOut ? CheckLimit.TIME : null);
        }
    }
}
