package org.mcfed.connector.hkqr;

import com.ibm.icu.text.Transliterator;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Single-threaded CPU per text of converting HKQR-like Traditional Chinese titles and outcomes (the sandbox's
 * vocabularies, each topic numbered so no two texts repeat) with {@link TraditionalToSimplified} against ICU's
 * {@code Traditional-Simplified} transliterator, alternating trials in one JVM. Prints µs of thread CPU per text,
 * min and median of the trials, and how many outputs differ (0 expected).
 * Run, from {@code connectors/hkqr}: {@code mvn -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test
 * -Dmdep.outputFile=target/cp.txt && java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.mcfed.connector.hkqr.TraditionalToSimplifiedBenchmark 20000 9} (texts, trials).
 */
public final class TraditionalToSimplifiedBenchmark {

    private TraditionalToSimplifiedBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        List<String> texts = texts(count);
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] ours = new double[trials];
        double[] theirs = new double[trials];
        int differ = 0;
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int t = 0; t < trials; t++) {
            long start = cpu.getCurrentThreadCpuTime();
            List<String> a = new ArrayList<>(count);
            for (String text : texts) {
                a.add(TraditionalToSimplified.of(text));
            }
            ours[t] = (cpu.getCurrentThreadCpuTime() - start) / 1_000.0 / count;
            start = cpu.getCurrentThreadCpuTime();
            List<String> b = new ArrayList<>(count);
            for (String text : texts) {
                b.add(icu.transliterate(text));
            }
            theirs[t] = (cpu.getCurrentThreadCpuTime() - start) / 1_000.0 / count;
            differ = 0;
            for (int i = 0; i < count; i++) {
                differ += a.get(i).equals(b.get(i)) ? 0 : 1;
            }
        }
        Arrays.sort(ours);
        Arrays.sort(theirs);
        System.out.printf("%d texts of %.1f characters on average, %d trials; µs of thread CPU per text, min / median%n",
                count, chars / (double) count, trials);
        System.out.printf("  TraditionalToSimplified  %.3f / %.3f%n", ours[0], ours[trials / 2]);
        System.out.printf("  ICU Transliterator       %.3f / %.3f%n", theirs[0], theirs[trials / 2]);
        System.out.printf("  outputs that differ: %d%n", differ);
    }

    /** Titles (topic + type) and outcomes (an outcome with its topic filled in), one title to three outcomes. */
    private static List<String> texts(int count) throws IOException {
        List<String> outcomes = column("hkqr-outcomes-zh", 0);
        List<String> topics = column("hkqr-topics", 3);
        List<String> types = column("hkqr-types", 2);
        Random random = new Random(7);
        List<String> texts = new ArrayList<>(count);
        while (texts.size() < count) {
            String topic = topics.get(random.nextInt(topics.size())) + texts.size();
            texts.add(topic + types.get(random.nextInt(types.size())));
            for (int i = 0; i < 3 && texts.size() < count; i++) {
                texts.add(outcomes.get(random.nextInt(outcomes.size())).replace("{topic}", topic));
            }
        }
        return texts;
    }

    private static List<String> column(String vocabulary, int column) throws IOException {
        try (InputStream in = TraditionalToSimplifiedBenchmark.class.getResourceAsStream("/org/mcfed/sandbox/vocab/" + vocabulary + ".txt")) {
            List<String> values = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    values.add(line.strip().split("\\|")[column]);
                }
            }
            return values;
        }
    }
}
