package org.mcfed.col;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Credit;
import org.mcfed.col.record.FieldOfEducation;
import org.mcfed.col.record.NqfLevel;
import org.mcfed.col.validate.ColValidator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the throughput of enrichment and validation on this machine, to size the normalizer.
 * Run: {@code mvn -B -q -o test-compile exec:java -Dexec.mainClass=org.mcfed.col.ColSchemaBenchmark -Dexec.classpathScope=test}
 */
public final class ColSchemaBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        List<ColRecord> drafts = new ArrayList<>(n);
        String[][] frameworks = {{"NZQCF", "NZSCED", "039901"}, {"MQF", "NEC", "0613"}, {"HKQF", "HKQR-AoST", "Services"}};
        for (int i = 0; i < n; i++) {
            String[] f = frameworks[i % 3];
            drafts.add(TestRecords.full().toBuilder().id("bench:" + i).workloadHours(null).iscedLevel(null).aqrfLevel(null).quality(null)
                    .nqfLevel(new NqfLevel(f[0], String.valueOf(1 + i % 7))).credit(new Credit(1.0 + i % 40, f[0], null))
                    .fieldOfEducation(new FieldOfEducation(null, new FieldOfEducation.SourceCode(f[1], f[1].equals("HKQR-AoST") ? null : f[2], f[2])))
                    .build());
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf("%d available processors; rates per wall-clock second (per CPU second of this thread in brackets: the machine is shared)%n",
                Runtime.getRuntime().availableProcessors());
        for (int round = 0; round < 3; round++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<ColRecord> enriched = new ArrayList<>(n);
            for (ColRecord d : drafts) {
                enriched.add(ColEnrichment.enrich(d));
            }
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            long problems = 0;
            for (ColRecord r : enriched) {
                problems += ColValidator.validate(r).size();
            }
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            List<JsonNode> trees = enriched.stream().map(r -> (JsonNode) ColJson.mapper().valueToTree(r)).toList();
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            for (JsonNode tree : trees) {
                problems += ColValidator.validate(tree).problems().size();
            }
            long t4 = System.nanoTime();
            long c4 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: %d records; enrich %.0f (%.0f) rec/s; validate(ColRecord) %.0f (%.0f) rec/s; "
                            + "validate(JsonNode)+bind %.0f (%.0f) rec/s; problems %d%n",
                    round + 1, n, rate(n, t1 - t0), rate(n, c1 - c0), rate(n, t2 - t1), rate(n, c2 - c1),
                    rate(n, t4 - t3), rate(n, c4 - c3), problems);
        }
    }

    private static double rate(int n, long nanos) {
        return n / (nanos / 1e9);
    }
}
