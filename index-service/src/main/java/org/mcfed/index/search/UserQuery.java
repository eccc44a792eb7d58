package org.mcfed.index.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a learner typed, split into words and quoted phrases without any query syntax that could
 * fail: an unbalanced quote runs to the end, wildcard characters are dropped except a trailing
 * {@code *} (a prefix of at least {@value Limits#MIN_PREFIX} characters), and operators and
 * brackets are plain punctuation.
 *
 * @param words the words, in order
 * @param phrases the quoted phrases, in order
 */
public record UserQuery(List<Word> words, List<String> phrases) {

    /** A word; {@code prefix} when the learner ended it with {@code *}. */
    public record Word(String text, boolean prefix) {
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    public int parts() {
        return words.size() + phrases.size();
    }

    /** @throws BadRequest when longer than {@value Limits#MAX_QUERY_CHARS} characters or with more than {@value Limits#MAX_QUERY_PARTS} words and phrases */
    public static UserQuery parse(String q) {
        if (q.length() > Limits.MAX_QUERY_CHARS) {
            throw new BadRequest("q is " + q.length() + " characters long; at most " + Limits.MAX_QUERY_CHARS + " are accepted");
        }
        List<Word> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                int end = i + 1;
                while (end < n && q.charAt(end) != '"' && q.charAt(end) != '\u201D' && q.charAt(end) != '\u201C') {
                    end++;
                }
                String phrase = clean(q.substring(i + 1, end)).strip();
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
                i = end + 1;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"'
                        && q.charAt(end) != '\u201C' && q.charAt(end) != '\u201D') {
                    end++;
                }
                String raw = q.substring(i, end);
                boolean prefix = raw.endsWith("*");
                String text = clean(raw).strip();
                if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(new Word(text, prefix && text.codePointCount(0, text.length()) >= Limits.MIN_PREFIX));
                }
                i = end;
            }
        }
        UserQuery query = new UserQuery(List.copyOf(words), List.copyOf(phrases));
        if (query.parts() > Limits.MAX_QUERY_PARTS) {
            throw new BadRequest("q has " + query.parts() + " words and phrases; at most " + Limits.MAX_QUERY_PARTS + " are searched");
        }
        return query;
    }

    /** Drops wildcard characters: a leading or inner wildcard would scan the whole term dictionary. */
    private static String clean(String s) {
        return s.replace("*", "").replace("?", "");
    }
}
