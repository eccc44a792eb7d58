package org.mcfed.connector;

/**
 * A page that could not be fetched after the retry policy gave up: reported in the run, never
 * silently dropped. {@code localId} is null for a listing page.
 */
public record FetchFailure(String localId, String url, String reason, boolean retriable) {
}
