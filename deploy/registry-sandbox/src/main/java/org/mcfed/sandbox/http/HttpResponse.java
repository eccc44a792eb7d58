package org.mcfed.sandbox.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A response to write, plus what the transport should do with it: send it whole, cut the
 * body short, or reset the connection without answering (the fault modes need the last two).
 */
public final class HttpResponse {

    /** How the server puts the response on the wire. */
    public enum Transport {
        /** Status, headers and the whole body. */
        NORMAL,
        /** Declares the full Content-Length, sends part of the body, then closes. */
        TRUNCATE,
        /** Sends nothing and resets the connection (SO_LINGER 0). */
        RESET,
        /** Declares the full Content-Length, sends part of the body, hangs for {@link #stallMillis()}, then closes. */
        STALL
    }

    private final int status;
    private final List<String[]> headers = new ArrayList<>(8);
    private final byte[] body;
    private Transport transport = Transport.NORMAL;
    private long delayMillis;
    private long stallMillis;

    public HttpResponse(int status, byte[] body) {
        this.status = status;
        this.body = body == null ? new byte[0] : body;
    }

    public static HttpResponse of(int status, String contentType, String body, Charset charset) {
        return new HttpResponse(status, body.getBytes(charset)).header("Content-Type", contentType);
    }

    public static HttpResponse html(String body) {
        return of(200, "text/html; charset=utf-8", body, StandardCharsets.UTF_8);
    }

    public static HttpResponse text(int status, String body) {
        return of(status, "text/plain; charset=utf-8", body, StandardCharsets.UTF_8);
    }

    public static HttpResponse json(int status, String body) {
        return of(status, "application/json", body, StandardCharsets.UTF_8);
    }

    public static HttpResponse notFound(String what) {
        return text(404, "not found: " + what + "\n");
    }

    public HttpResponse header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    public HttpResponse transport(Transport t) {
        this.transport = t;
        return this;
    }

    public HttpResponse delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** How long a {@link Transport#STALL} answer hangs after its first half. */
    public HttpResponse stall(long millis) {
        this.stallMillis = millis;
        return this;
    }

    public long stallMillis() {
        return stallMillis;
    }

    public int status() {
        return status;
    }

    public byte[] body() {
        return body;
    }

    public List<String[]> headers() {
        return headers;
    }

    public String headerValue(String name) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return h[1];
            }
        }
        return null;
    }

    public Transport transport() {
        return transport;
    }

    public long delayMillis() {
        return delayMillis;
    }
}
