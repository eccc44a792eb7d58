package org.mcfed.connector.http;

import java.io.IOException;
import java.net.http.HttpTimeoutException;

/**
 * The one place that decides whether a failed fetch is worth another attempt (conventions.md rule 4).
 * Retriable: any I/O failure (connection refused or reset, truncated body, timeout), HTTP 408,
 * 429 and 5xx. Permanent: every other 4xx, a body over the size guard, a page that cannot be parsed.
 * Connectors never decide this themselves, so every source retries the same way.
 */
public final class FailureClassifier {

    private FailureClassifier() {
    }

    /** Whether a response status is a success ({@code 2xx}). */
    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    /** Whether a status says the page does not exist ({@code 404 Not Found}, {@code 410 Gone}). */
    public static boolean isNotFound(int status) {
        return status == 404 || status == 410;
    }

    /** Whether a non-success status may succeed on a later attempt. */
    public static boolean isRetriable(int status) {
        return status == 408 || status == 429 || (status >= 500 && status < 600);
    }

    /** Whether an exception thrown by a fetch may succeed on a later attempt. */
    public static boolean isRetriable(Throwable failure) {
        if (failure instanceof BodyTooLargeException) {
            return false;
        }
        return failure instanceof IOException;
    }

    /** An operator-readable reason for a failed status, e.g. {@code HTTP 503 Service Unavailable}. */
    public static String reason(int status) {
        return "HTTP " + status + " " + statusText(status);
    }

    /** An operator-readable reason for an exception, naming its kind (timeout, reset, ...). */
    public static String reason(Throwable failure) {
        if (failure instanceof BodyTooLargeException) {
            return failure.getMessage();
        }
        String kind = failure instanceof HttpTimeoutException ? "timeout" : failure.getClass().getSimpleName();
        String message = failure.getMessage();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    private static String statusText(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : status >= 400 ? "Client Error" : "Unexpected Status";
        };
    }
}
