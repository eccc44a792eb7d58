package org.mcfed.sandbox.http;

/** Answers one request; runs on the connection's worker thread. */
@FunctionalInterface
public interface RequestHandler {
    HttpResponse handle(HttpRequest request);
}
