package org.mcfed.index;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@link CatchUpCost}'s rounds for two builds of the index-service in one JVM, alternating (A, B, B,
 * A, ...), so that a shared machine's swings fall on both alike: each build's classes (its
 * {@code target/classes}, then the test classes) in a class loader of its own over the
 * dependencies. Prints each pair and the medians of the lanes' own CPU per record. Run with the
 * dependencies alone on the class path (not the index-service's classes) and this class:
 * {@code java -cp <deps>:<a folder with this class only> org.mcfed.index.PairedCatchUp <records file> <test classes> <classes A> <classes B> [pairs=8]}.
 */
public final class PairedCatchUp {

    private PairedCatchUp() {
    }

    public static void main(String[] args) throws Exception {
        Path records = Path.of(args[0]);
        Path tests = Path.of(args[1]);
        int pairs = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        Method[] round = new Method[2];
        Object[] values = new Object[2];
        for (int side = 0; side < 2; side++) {
            ClassLoader loader = new URLClassLoader(new URL[]{Path.of(args[2 + side]).toUri().toURL(), tests.toUri().toURL()},
                    PairedCatchUp.class.getClassLoader());
            Class<?> cost = loader.loadClass("org.mcfed.index.CatchUpCost");
            round[side] = cost.getMethod("round", List.class);
            values[side] = loader.loadClass("org.mcfed.index.RecordsDump").getDeclaredMethod("read", Path.class, int.class);
            ((Method) values[side]).setAccessible(true);
            values[side] = ((Method) values[side]).invoke(null, records, Integer.MAX_VALUE);
            round[side].invoke(null, values[side]); // warm-up
            round[side].invoke(null, values[side]);
        }
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        for (int pair = 0; pair < pairs; pair++) {
            int first = pair % 2;
            double[][] r = new double[2][];
            r[first] = (double[]) round[first].invoke(null, values[first]);
            r[1 - first] = (double[]) round[1 - first].invoke(null, values[1 - first]);
            a.add(r[0][2]);
            b.add(r[1][2]);
            System.out.printf("pair %d: A %.2f s, %.3f ms CPU/record (lanes %.3f); B %.2f s, %.3f (lanes %.3f)%n", pair + 1,
                    r[0][0], r[0][1], r[0][2], r[1][0], r[1][1], r[1][2]);
        }
        double ma = median(a);
        double mb = median(b);
        System.out.printf("median of the lanes' own CPU per record: A %.4f ms, B %.4f ms, B/A %.3f%n", ma, mb, mb / ma);
    }

    private static double median(List<Double> xs) {
        double[] s = xs.stream().mapToDouble(d -> d).toArray();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
