package org.mcfed.index.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of {@link RecordIndex#changes}: the (change time, id) of the last entry served,
 * so the next page starts strictly after it whatever was indexed in between.
 */
record ChangeCursor(long atMicros, String id) {

    private static final String PREFIX = "c1|";

    String encode() {
        String raw = PREFIX + atMicros + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException for anything this class did not encode */
    static ChangeCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX)) {
                int bar = raw.indexOf('|', PREFIX.length());
                if (bar > 0) {
                    return new ChangeCursor(Long.parseLong(raw.substring(PREFIX.length(), bar)), raw.substring(bar + 1));
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the one message below
        }
        throw new IllegalArgumentException("invalid cursor: pass back the 'next' value of the previous page unchanged");
    }
}
