package org.mcfed.index.search;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code next} cursor of a search page: the sort values of the last hit (its score or
 * hours/cost/updated, then its id), plus a fingerprint of the search and whether it ran relaxed. The
 * next page is everything after that position, so pages stay stable while the index changes: no
 * hit is served twice, and records indexed meanwhile appear only if they sort after it.
 *
 * @param fingerprint {@link SearchRequest#fingerprint()} of the search that issued it
 * @param strict whether that search required every word
 * @param after the position to continue after
 */
record SearchCursor(String fingerprint, boolean strict, FieldDoc after) {

    private static final String VERSION = "s1";
    private static final String INVALID = "invalid cursor: pass back the 'next' value of the previous page unchanged";

    String encode(SortOrder order) {
        Object first = after.fields[0];
        String value = switch (order.sort().getSort()[0].getType()) {
            case SCORE -> Integer.toHexString(Float.floatToIntBits((Float) first));
            case DOUBLE -> Long.toHexString(Double.doubleToLongBits((Double) first));
            default -> Long.toString((Long) first);
        };
        BytesRef id = (BytesRef) after.fields[1];
        String raw = String.join("|", VERSION, fingerprint, strict ? "1" : "0", value,
                Base64.getUrlEncoder().withoutPadding().encodeToString(BytesRef.deepCopyOf(id).bytes));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws BadRequest for a cursor not issued by this search */
    static SearchCursor decode(String cursor, SearchRequest request) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(INVALID);
        }
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new BadRequest(INVALID);
        }
        if (!parts[1].equals(request.fingerprint())) {
            throw new BadRequest("cursor belongs to another search (q, filters or sort changed): start again without a cursor");
        }
        try {
            SortField.Type type = request.sort().sort().getSort()[0].getType();
            Object first = switch (type) {
                case SCORE -> Float.intBitsToFloat(Integer.parseUnsignedInt(parts[3], 16));
                case DOUBLE -> Double.longBitsToDouble(Long.parseUnsignedLong(parts[3], 16));
                default -> Long.parseLong(parts[3]);
            };
            BytesRef id = new BytesRef(Base64.getUrlDecoder().decode(parts[4]));
            return new SearchCursor(parts[1], "1".equals(parts[2]), new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[]{first, id}));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(INVALID);
        }
    }
}
