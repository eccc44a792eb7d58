package org.mcfed.index.search;

import org.mcfed.index.store.FacetDim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One search as the API defines it (docs/api.md), validated: every parameter a client
 * can send is either understood, ignored (unknown names) or rejected with a {@link BadRequest}.
 *
 * @param q free text, possibly empty (then every record matches)
 * @param size page size, 1..{@value Limits#MAX_SIZE}
 * @param cursor the {@code next} of the previous page, or null
 * @param sort the order
 * @param hoursMin inclusive lower bound on workloadHours, or null
 * @param hoursMax inclusive upper bound on workloadHours, or null
 * @param costMax inclusive upper bound on the cost amount (any currency), or null
 * @param filters values per facet: OR within a facet, AND across facets
 * @param translate whether query terms are also searched in their translations (cross-lingual search; default true)
 */
public record SearchRequest(String q, int size, String cursor, SortOrder sort, Double hoursMin, Double hoursMax,
                            Double costMax, Map<FacetDim, List<String>> filters, boolean translate) {

    /** A first page of {@code q} with the defaults. */
    public static SearchRequest of(String q) {
        return new SearchRequest(q == null ? "" : q, Limits.DEFAULT_SIZE, null, SortOrder.RELEVANCE, null, null, null, Map.of(), true);
    }

    /** The same search, another page. */
    public SearchRequest withCursor(String next) {
        return new SearchRequest(q, size, next, sort, hoursMin, hoursMax, costMax, filters, translate);
    }

    /** The same search with cross-lingual search switched on or off. */
    public SearchRequest withTranslate(boolean on) {
        return new SearchRequest(q, size, cursor, sort, hoursMin, hoursMax, costMax, filters, on);
    }

    /**
     * Reads the query parameters of {@code GET /api/search}.
     *
     * @throws BadRequest naming the parameter at fault
     */
    public static SearchRequest parse(Map<String, List<String>> params) {
        String q = single(params, "q");
        if (q == null) {
            q = "";
        }
        int size = Limits.DEFAULT_SIZE;
        String sizeText = single(params, "size");
        if (sizeText != null && !sizeText.isBlank()) {
            try {
                size = Integer.parseInt(sizeText.strip());
            } catch (NumberFormatException e) {
                throw new BadRequest("size must be a whole number from 1 to " + Limits.MAX_SIZE + "; got '" + Limits.clip(sizeText) + "'");
            }
            if (size < 1 || size > Limits.MAX_SIZE) {
                throw new BadRequest("size must be from 1 to " + Limits.MAX_SIZE + "; got " + size);
            }
        }
        String cursor = single(params, "cursor");
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
        if (cursor != null && cursor.length() > Limits.MAX_CURSOR_CHARS) {
            throw new BadRequest("invalid cursor: pass back the 'next' value of the previous page unchanged");
        }
        SortOrder sort = SortOrder.parse(single(params, "sort"));
        Double hoursMin = number(params, "hoursMin");
        Double hoursMax = number(params, "hoursMax");
        Double costMax = number(params, "costMax");
        if (hoursMin != null && hoursMax != null && hoursMin > hoursMax) {
            throw new BadRequest("hoursMin (" + hoursMin + ") is greater than hoursMax (" + hoursMax + ")");
        }
        Map<FacetDim, List<String>> filters = new EnumMap<>(FacetDim.class);
        for (FacetDim dim : FacetDim.values()) {
            List<String> values = params.get(dim.param());
            if (values == null) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String v : values) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                if (v.length() > Limits.MAX_FILTER_CHARS) {
                    throw new BadRequest(dim.param() + " values are at most " + Limits.MAX_FILTER_CHARS + " characters long");
                }
                String value = dim == FacetDim.COUNTRY ? v.strip().toUpperCase(java.util.Locale.ROOT) : v.strip();
                if (!kept.contains(value)) {
                    kept.add(value);
                }
            }
            if (kept.size() > Limits.MAX_FILTER_VALUES) {
                throw new BadRequest(dim.param() + " is given " + kept.size() + " times; at most " + Limits.MAX_FILTER_VALUES + " values are accepted");
            }
            if (!kept.isEmpty()) {
                filters.put(dim, List.copyOf(kept));
            }
        }
        return new SearchRequest(q, size, cursor, sort, hoursMin, hoursMax, costMax, filters, bool(params, "translate", true));
    }

    /**
     * A short digest of everything that selects and orders hits (not the page size or cursor), so a
     * cursor is only accepted for the search that issued it.
     */
    String fingerprint() {
        StringBuilder b = new StringBuilder().append(q.strip()).append('\u0001').append(sort.param())
                .append('\u0001').append(hoursMin).append('\u0001').append(hoursMax).append('\u0001').append(costMax)
                .append('\u0001').append(translate);
        filters.forEach((dim, values) -> b.append('\u0001').append(dim.param()).append('=').append(new TreeSet<>(values)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1 && values.stream().distinct().count() > 1) {
            throw new BadRequest(name + " is given " + values.size() + " times with different values; give it once");
        }
        return values.get(0);
    }

    private static boolean bool(Map<String, List<String>> params, String name, boolean absent) {
        String text = single(params, name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequest(name + " must be true or false; got '" + Limits.clip(text) + "'");
        };
    }

    private static Double number(Map<String, List<String>> params, String name) {
        String text = single(params, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a number; got '" + Limits.clip(text) + "'");
        }
        if (!Double.isFinite(value) || value < 0) {
            throw new BadRequest(name + " must be a finite number of at least 0; got '" + Limits.clip(text) + "'");
        }
        return value;
    }
}
