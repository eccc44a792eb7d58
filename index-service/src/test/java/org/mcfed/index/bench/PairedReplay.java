package org.mcfed.index.bench;

import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.mcfed.index.search.RecordSearch;
import org.mcfed.index.search.SearchRequest;
import org.mcfed.index.search.SearchResult;
import org.mcfed.index.store.IndexDirectory;
import org.mcfed.index.store.IndexSchema;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An A/B of two builds of the search code in one JVM, on a benchmark index: every search of the
 * replayed query log is answered by the baseline build (the {@code org.mcfed.index.search} classes
 * of another checkout, compiled to {@code base-classes}) and by this one, in turn, on the same
 * thread, and each answer's thread CPU time is added to its side. On a machine that other builds
 * share, their load then weighs on both sides alike, which separate runs cannot promise:
 * {@code java -cp ... org.mcfed.index.bench.PairedReplay index-root base-classes seconds [warm-up seconds=15] [base index-root]}.
 * It also compares the two answers of every search (total, page, highlights, facets, cursor) and prints
 * how many differed, so a change meant to save CPU without changing answers is seen to keep them, and
 * the mean overlap of their first ten hits. A change of the index schema gives the baseline its own
 * index, built by the baseline's classes ({@code BenchPrepare} run on them): the baseline's
 * {@code RecordAnalyzers} then comes from its classes too, so it queries its fields. This build reads the index
 * as the service does ({@link IndexDirectory}: stored fields through a file channel), the baseline memory-maps
 * every file as builds before it did; with this build's classes as the baseline's, the run compares the two.
 */
public final class PairedReplay {

    private static final String SEARCH_PACKAGE = "org.mcfed.index.search.";
    /** What the baseline loads from its own classes: the search code and the analyses its queries name. */
    private static final List<String> BASE_FIRST = List.of(SEARCH_PACKAGE, "org.mcfed.index.store.RecordAnalyzers");

    private PairedReplay() {
    }

    public static void main(String[] args) throws Exception {
        QueryLog log = QueryLog.bundled();
        int[] order = log.replay(1 << 18, 7);
        Path baseClasses = Path.of(args[1]);
        long seconds = Long.parseLong(args[2]);
        long warmUp = args.length > 3 ? Long.parseLong(args[3]) : 15;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path baseRoot = args.length > 4 ? Path.of(args[4]) : Path.of(args[0]);
        try (FSDirectory dir = new IndexDirectory(IndexSchema.folder(Path.of(args[0])));
             FSDirectory baseDir = FSDirectory.open(args.length > 4 ? onlyFolder(baseRoot) : IndexSchema.folder(baseRoot));
             URLClassLoader baseLoader = new BaseFirst(baseClasses)) {
            SearcherManager searchers = new SearcherManager(dir, null);
            SearcherManager baseSearchers = new SearcherManager(baseDir, null); // its own readers, mapped
            RecordSearch current = new RecordSearch(searchers);
            Class<?> baseSearch = baseLoader.loadClass(SEARCH_PACKAGE + "RecordSearch");
            Class<?> baseRequest = baseLoader.loadClass(SEARCH_PACKAGE + "SearchRequest");
            Object base = baseSearch.getConstructor(ReferenceManager.class).newInstance(baseSearchers);
            Method parse = baseRequest.getMethod("parse", Map.class);
            Method search = baseSearch.getMethod("search", baseRequest);
            List<SearchRequest> requests = log.entries().stream().map(e -> SearchRequest.parse(e.params())).toList();
            List<Object> baseRequests = log.entries().stream().map(e -> invoke(parse, null, e.params())).toList();

            Map<String, long[]> byClass = new TreeMap<>();   // searches, base CPU ns, current CPU ns, answers that differed, top-10 ids shared
            long warmEnd = System.nanoTime() + warmUp * 1_000_000_000L;
            long end = warmEnd + seconds * 1_000_000_000L;
            for (int n = 0; System.nanoTime() < end; n++) {
                int i = order[n % order.length];
                boolean baseFirst = n % 2 == 0;  // neither side always runs on the caches the other warmed
                Object baseAnswer = null;
                SearchResult answer = null;
                long t0 = threads.getCurrentThreadCpuTime();
                if (baseFirst) {
                    baseAnswer = invoke(search, base, baseRequests.get(i));
                } else {
                    answer = current.search(requests.get(i));
                }
                long t1 = threads.getCurrentThreadCpuTime();
                if (baseFirst) {
                    answer = current.search(requests.get(i));
                } else {
                    baseAnswer = invoke(search, base, baseRequests.get(i));
                }
                long t2 = threads.getCurrentThreadCpuTime();
                if (System.nanoTime() > warmEnd) {
                    long[] c = byClass.computeIfAbsent(log.entries().get(i).queryClass(), k -> new long[5]);
                    c[0]++;
                    c[1] += baseFirst ? t1 - t0 : t2 - t1;
                    c[2] += baseFirst ? t2 - t1 : t1 - t0;
                    // both builds' SearchResult records print their fields alike (outside the timed part)
                    c[3] += answer.toString().equals(baseAnswer.toString()) ? 0 : 1;
                    c[4] += overlapAt10(answer, baseAnswer);
                }
            }
            long[] all = new long[5];
            System.out.printf("CPU ms per search, baseline %s against this build (%d s after %d s of warm-up, load %.1f):%n",
                    baseClasses, seconds, warmUp, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            byClass.forEach((k, c) -> {
                line(k, c);
                for (int x = 0; x < all.length; x++) {
                    all[x] += c[x];
                }
            });
            line("all", all);
            searchers.close();
            baseSearchers.close();
        }
    }

    private static void line(String queryClass, long[] c) {
        System.out.printf("  %-10s %,6d searches  baseline %7.2f  this %7.2f  (%+.0f %%)  answers differed %,d  overlap@10 %.3f%n", queryClass,
                c[0], c[1] / 1e6 / c[0], c[2] / 1e6 / c[0], 100.0 * (c[2] - c[1]) / c[1], c[3], c[4] / 1e3 / c[0]);
    }

    /** The share of the baseline's first ten ids (in thousandths) that this build's first ten hold too; 1 when both have none. */
    private static long overlapAt10(SearchResult answer, Object baseAnswer) {
        Set<Object> ids = answer.results().stream().limit(10).map(m -> m.get("id")).collect(Collectors.toSet());
        List<?> base = ((List<?>) invoke0(baseAnswer, "results")).stream().limit(10).toList();
        if (base.isEmpty()) {
            return ids.isEmpty() ? 1000 : 0;
        }
        long shared = base.stream().filter(m -> ids.contains(((Map<?, ?>) m).get("id"))).count();
        return 1000 * shared / Math.max(base.size(), ids.size());
    }

    private static Object invoke0(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one schema folder ({@code v<N>}) under a baseline's index root, whatever its version. */
    private static Path onlyFolder(Path root) throws IOException {
        try (var folders = Files.list(root)) {
            List<Path> found = folders.filter(f -> f.getFileName().toString().matches("v\\d+")).toList();
            if (found.size() != 1) {
                throw new IllegalArgumentException("expected one schema folder under " + root + ", found " + found);
            }
            return found.get(0);
        }
    }

    private static Object invoke(Method m, Object target, Object arg) {
        try {
            return m.invoke(target, arg);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the search package from the baseline's classes first, everything else from this build. */
    private static final class BaseFirst extends URLClassLoader {

        private final Path classes;

        BaseFirst(Path classes) throws Exception {
            super(new URL[]{classes.toUri().toURL()}, PairedReplay.class.getClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && BASE_FIRST.stream().anyMatch(name::startsWith)
                        && Files.exists(classes.resolve(name.replace('.', '/') + ".class"))) {
                    c = findClass(name);
                }
                if (c == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
