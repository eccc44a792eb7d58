package org.mcfed.index.store;

import java.util.List;

/**
 * One page of a paged read.
 *
 * @param items the entries of this page, in order
 * @param next the opaque cursor of the next page, null when this is the last one
 */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }
}
