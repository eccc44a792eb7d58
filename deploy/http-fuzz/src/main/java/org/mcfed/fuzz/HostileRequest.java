package org.mcfed.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One generated request as it goes on the wire: the request-target is sent byte for byte (so a
 * broken %-escape stays broken), with its headers and body.
 */
public record HostileRequest(String method, String target, List<Header> headers, byte[] body) {

    /** One header line; its value may hold any byte a header may carry. */
    public record Header(String name, String value) {
    }

    /** Whether this request is answered by an OAI-PMH provider (the index-service's), whose errors may be OAI XML. */
    public boolean oai() {
        return target.equals("/oai") || target.startsWith("/oai?");
    }

    /** The request as a one-line summary for a failure message (long values cut). */
    public String summary() {
        String shown = target.length() > 160 ? target.substring(0, 160) + "...(" + target.length() + " chars)" : target;
        return method + " " + shown + (body.length > 0 ? " [" + body.length + " bytes body]" : "")
                + (headers.isEmpty() ? "" : " " + headers.stream().map(h -> h.name() + ": "
                + (h.value().length() > 40 ? h.value().substring(0, 40) + "..." : h.value())).toList());
    }

    /** The size of the header lines sent (the codec's header limit counts these). */
    public int headerBytes() {
        return headers.stream().mapToInt(h -> h.name().length() + h.value().length() + 4).sum();
    }

    public byte[] wire(String host) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\nConnection: close\r\n");
        for (Header h : headers) {
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        if (body.length > 0 || method.equals("POST")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }
}
