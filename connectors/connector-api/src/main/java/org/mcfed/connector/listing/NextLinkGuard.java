package org.mcfed.connector.listing;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers the listing pages a run has visited, so a next link pointing back to one of them (a
 * registry bug, or a cursor that does not move) stops the run with an error instead of walking forever.
 */
public final class NextLinkGuard {

    private final Set<String> visited = new HashSet<>();

    /** Records {@code page} as visited; false when it was visited before in this run. */
    public boolean firstVisit(URI page) {
        return visited.add(page.normalize().toString());
    }

    /** The same check for cursor-paged sources (feed cursors, resumptionTokens). */
    public boolean firstVisit(String cursor) {
        return visited.add("cursor:" + cursor);
    }

    public int visitedCount() {
        return visited.size();
    }
}
