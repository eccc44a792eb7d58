package org.mcfed.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** The one shape of an HTTP error body of the mcfed services: {@code {"error": "..."}}. */
public final class ErrorBody {

    public static final String CONTENT_TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBody() {
    }

    public static String of(String message) {
        try {
            return JSON.writeValueAsString(Map.of("error", message == null || message.isBlank() ? "error" : message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string map always serialises", e);
        }
    }
}
