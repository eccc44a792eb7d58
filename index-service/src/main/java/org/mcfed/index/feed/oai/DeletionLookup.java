package org.mcfed.index.feed.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mcfed.index.store.Change;
import org.mcfed.index.store.Page;
import org.mcfed.index.store.RecordIndex;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When a record that is no longer live was deleted, for GetRecord and ListMetadataFormats on a
 * deleted identifier ({@code deletedRecord=persistent}). {@link RecordIndex} lists deletions only
 * in its change stream, so this keeps a map of deleted ids built from that stream: walked once
 * on first need, then only from the latest change time it has seen, under a lock.
 */
@ApplicationScoped
public class DeletionLookup {

    private static final int BATCH = 1000;

    @Inject
    RecordIndex index;

    private final Map<String, Instant> deleted = new HashMap<>();
    private Instant scannedUpTo;

    /** The deletion time of {@code id} if the index holds it as deleted; call only after {@code get(id)} found nothing. */
    public synchronized Optional<Instant> deletedAt(String id) {
        catchUp();
        return Optional.ofNullable(deleted.get(id));
    }

    private void catchUp() {
        String cursor = null;
        Instant from = scannedUpTo;
        do {
            Page<Change> page = index.changes(from, null, null, cursor, BATCH);
            for (Change change : page.items()) {
                if (change.deleted()) {
                    deleted.put(change.id(), change.at());
                } else {
                    deleted.remove(change.id());
                }
                if (scannedUpTo == null || change.at().isAfter(scannedUpTo)) {
                    scannedUpTo = change.at();
                }
            }
            cursor = page.next();
        } while (cursor != null);
    }
}
