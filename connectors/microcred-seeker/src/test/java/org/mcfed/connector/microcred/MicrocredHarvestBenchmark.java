package org.mcfed.connector.microcred;

import org.mcfed.connector.run.HarvestBenchmark;
import org.mcfed.sandbox.RegistrySandbox;

/**
 * Prints how fast this connector harvests the registry sandbox on this machine
 * ({@link HarvestBenchmark}: full run, unchanged rerun, mapping; rate limit off).
 * Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.mcfed.connector.microcred.MicrocredHarvestBenchmark
 * -Dexec.classpathScope=test -Dexec.args=10} (argument: sandbox scale, default 10 = 4,250 courses).
 */
public final class MicrocredHarvestBenchmark {

    private MicrocredHarvestBenchmark() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start()) {
            HarvestBenchmark.run("microcred-seeker", sandbox.baseUrl("microcred-seeker"), String.format("sandbox scale %.1f", scale));
        }
    }
}
