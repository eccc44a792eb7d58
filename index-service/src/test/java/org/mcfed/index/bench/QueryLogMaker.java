package org.mcfed.index.bench;

import org.mcfed.col.record.ColRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the benchmark's query log ({@link QueryLog}) from the corpus's own records, as learners'
 * searches look: one to four words of a record's title in English, Chinese (either script) or
 * Malay, typos, quoted phrases, prefixes, facet filters, ranges, sorts, deep pages and browse-only
 * searches with filters and no text, plus the broadest words of the vocabulary (the worst case).
 * Deterministic; the committed log is its output:
 * {@code java -cp ... org.mcfed.index.bench.QueryLogMaker src/test/resources/org/mcfed/index/bench/query-log.tsv}
 */
public final class QueryLogMaker {

    private static final int RECORDS = 1_000_000;
    private static final String[] COUNTRIES = {"NZ", "AU", "HK", "MY"};
    private static final String[] MODES = {"online", "onsite", "blended", "experiential"};
    private static final String[] LANGUAGES = {"eng", "msa", "zho", "mri"};
    private static final String[] FRAMEWORKS = {"NZQCF", "MQF", "HKQF", "AU-NMF-Dreyfus"};
    private static final String[] SORTS = {"hours", "-hours", "cost", "-cost", "updated"};

    private final SplittableRandom r = new SplittableRandom(42);
    private final Map<String, String> log = new LinkedHashMap<>();

    public static void main(String[] args) throws IOException {
        QueryLogMaker m = new QueryLogMaker();
        m.make();
        List<String> lines = new ArrayList<>();
        lines.add("# mcfed search benchmark query log (written by org.mcfed.index.bench.QueryLogMaker from ZipfCatalog's records; do not edit)");
        lines.add("# class<TAB>query string of GET /api/search; pages=N: the N-th page, reached through the next cursors");
        m.log.forEach((query, cls) -> lines.add(cls + "\t" + query));
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        System.out.printf("wrote %,d distinct searches to %s%n", m.log.size(), args[0]);
    }

    private void make() {
        ZipfVocabulary v = ZipfVocabulary.bundled();
        for (int rank = 0; rank < 20; rank++) {
            add("broad", params("q", v.wordOfRank(rank)));
        }
        fill("en", 500, () -> params("q", englishWords(1 + r.nextInt(4))));
        fill("zh-Hant", 250, () -> params("q", chinese("zh-Hant")));
        fill("zh-Hans", 250, () -> params("q", chinese("zh-Hans")));
        fill("ms", 250, () -> params("q", malay()));
        fill("typo", 200, () -> params("q", typo()));
        fill("phrase", 150, () -> params("q", "\"" + englishWords(2) + "\""));
        fill("prefix", 150, this::prefix);
        fill("filter", 250, () -> withFilters(params("q", englishWords(1 + r.nextInt(2))), 1 + r.nextInt(2)));
        fill("range", 150, this::range);
        fill("sort", 150, () -> params("q", englishWords(1), "sort", SORTS[r.nextInt(SORTS.length)]));
        fill("deep-page", 150, this::deepPage);
        fill("browse", 150, () -> withFilters(params("q", "", "sort", r.nextBoolean() ? "updated" : SORTS[r.nextInt(SORTS.length)]), 1 + r.nextInt(3)));
    }

    private void fill(String cls, int n, java.util.function.Supplier<Map<String, List<String>>> make) {
        int before = log.size();
        for (int tries = 0; log.size() - before < n && tries < n * 20; tries++) {
            add(cls, make.get());
        }
    }

    private void add(String cls, Map<String, List<String>> params) {
        log.putIfAbsent(QueryLog.queryString(params), cls);
    }

    private ColRecord anyRecord() {
        return ZipfCatalog.record(r.nextInt(RECORDS));
    }

    /** {@code n} consecutive words of a record's English title, past its kind ("Certificate in"). */
    private String englishWords(int n) {
        String[] words = anyRecord().title().get("en").replace("Workshop:", "Workshop").split(" ");
        int from = words[1].equals("in") || words[1].equals("to") ? 2 : 1;
        int start = from + r.nextInt(Math.max(1, words.length - from - n + 1));
        StringBuilder b = new StringBuilder();
        for (int i = start; i < Math.min(words.length, start + n); i++) {
            b.append(b.length() == 0 ? "" : " ").append(words[i].toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    private String chinese(String script) {
        ZipfVocabulary v = ZipfVocabulary.bundled();
        int i = r.nextInt(RECORDS);
        String topic = v.concept(ZipfCatalog.topicOf(i)).in(script);
        return r.nextInt(4) == 0 ? topic + " " + v.concept(ZipfCatalog.bodyTopicOf(i)).in(script) : topic;
    }

    private String malay() {
        ZipfVocabulary v = ZipfVocabulary.bundled();
        String topic = v.concept(ZipfCatalog.topicOf(r.nextInt(RECORDS))).ms();
        String[] kinds = {"sijil ", "kursus ", "", "", "pengenalan "};
        return kinds[r.nextInt(kinds.length)] + topic;
    }

    private String typo() {
        String word = "";
        for (int tries = 0; word.length() < 5 && tries < 20; tries++) {
            word = englishWords(1);
        }
        int at = 1 + r.nextInt(word.length() - 2);
        return switch (r.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);                                   // a letter left out
            case 1 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2); // two swapped
            default -> word.substring(0, at) + (char) ('a' + r.nextInt(26)) + word.substring(at + 1);   // one wrong
        };
    }

    private Map<String, List<String>> prefix() {
        String word = englishWords(1);
        return params("q", word.substring(0, Math.min(word.length(), 3 + r.nextInt(4))) + "*");
    }

    private Map<String, List<String>> range() {
        Map<String, List<String>> p = params("q", englishWords(1 + r.nextInt(2)));
        int min = 5 * r.nextInt(40);
        switch (r.nextInt(3)) {
            case 0 -> p.put("hoursMin", List.of(Integer.toString(min)));
            case 1 -> {
                p.put("hoursMin", List.of(Integer.toString(min)));
                p.put("hoursMax", List.of(Integer.toString(min + 20 + 5 * r.nextInt(40))));
            }
            default -> p.put("costMax", List.of(Integer.toString(100 * (1 + r.nextInt(50)))));
        }
        return p;
    }

    private Map<String, List<String>> deepPage() {
        ZipfVocabulary v = ZipfVocabulary.bundled();
        Map<String, List<String>> p = params("q", r.nextBoolean() ? v.wordOfRank(r.nextInt(60)) : englishWords(1));
        if (r.nextBoolean()) {
            p.put("sort", List.of(SORTS[r.nextInt(SORTS.length)]));
        }
        p.put("pages", List.of(Integer.toString(3 + r.nextInt(8))));
        return p;
    }

    private Map<String, List<String>> withFilters(Map<String, List<String>> p, int n) {
        for (int k = 0; k < n; k++) {
            switch (r.nextInt(4)) {
                case 0 -> p.computeIfAbsent("country", x -> new ArrayList<>()).add(COUNTRIES[r.nextInt(COUNTRIES.length)]);
                case 1 -> p.computeIfAbsent("mode", x -> new ArrayList<>()).add(MODES[r.nextInt(MODES.length)]);
                case 2 -> p.computeIfAbsent("language", x -> new ArrayList<>()).add(LANGUAGES[r.nextInt(LANGUAGES.length)]);
                default -> p.computeIfAbsent("framework", x -> new ArrayList<>()).add(FRAMEWORKS[r.nextInt(FRAMEWORKS.length)]);
            }
        }
        p.values().forEach(vs -> {
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(vs));
            vs.clear();
            vs.addAll(distinct);
        });
        return p;
    }

    private static Map<String, List<String>> params(String... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
        }
        return m;
    }
}
