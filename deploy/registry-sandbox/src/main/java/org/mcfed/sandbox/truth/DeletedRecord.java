package org.mcfed.sandbox.truth;

import java.time.Instant;

/** A record the registry removed, with when. */
public record DeletedRecord(String id, Instant deletedAt) {
}
