package org.mcfed.connector.hkqr;

import org.mcfed.connector.run.HarvestBenchmark;
import org.mcfed.sandbox.RegistrySandbox;

/**
 * Prints how fast this connector harvests the registry sandbox on this machine
 * ({@link HarvestBenchmark}: full run, unchanged rerun, mapping; rate limit off).
 * Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.mcfed.connector.hkqr.HkqrHarvestBenchmark
 * -Dexec.classpathScope=test -Dexec.args=10} (argument: sandbox scale, default 1 = 4,376 qualifications, two pages each).
 */
public final class HkqrHarvestBenchmark {

    private HkqrHarvestBenchmark() {
    }

    public static void main(String[] args) {
        double scale = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        try (RegistrySandbox sandbox = RegistrySandbox.builder().seed(42).scale(scale).port(0).build().start()) {
            HarvestBenchmark.run("hkqr", sandbox.baseUrl("hkqr"), String.format("sandbox scale %.1f", scale));
        }
    }
}
