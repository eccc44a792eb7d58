package org.mcfed.col.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.mcfed.col.TestRecords;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.validate.ColValidator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Issue 16: thread CPU per record of the JSON paths the pipeline pays per record, on the API that col-schema has
 * had since before the issue, so the same class runs on an older build's classes (put them first on the class
 * path) and the two runs compare: {@code read} (the index-service's {@code ColJson.read(byte[])}), {@code write}
 * ({@code ColJson.writeBytes(record)}), {@code publish} (the normalizer's: the record's tree, the rules on it,
 * the bytes written from the tree) and {@code validate(record)}. Prints µs per record for each of several rounds
 * and a digest of every written byte, which must not change between builds (the language maps are sorted: a
 * {@code Map.of} iterates in a different order in every JVM). Not a test; from col-schema/:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.mcfed.col.json.ColJsonBenchmark [records] [rounds]}.
 */
public final class ColJsonBenchmark {

    private ColJsonBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<ColRecord> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ColRecord full = i % 4 == 3 ? TestRecords.minimal() : TestRecords.full();
            records.add(full.toBuilder().id("bench:" + i)
                    .learningOutcomesByLanguage(full.learningOutcomesByLanguage() == null ? null : new TreeMap<>(full.learningOutcomesByLanguage()))
                    .updatedAt(Instant.parse("2026-11-23T05:00:00Z").plusMillis(i * 37L % 5000).plusSeconds(i))
                    .build());
        }
        List<byte[]> bytes = records.stream().map(ColJson::writeBytes).toList();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long c0 = cpu.getCurrentThreadCpuTime();
            long sink = 0;
            for (byte[] b : bytes) {
                sink += ColJson.read(b).id().length();
            }
            long c1 = cpu.getCurrentThreadCpuTime();
            for (ColRecord r : records) {
                digest.update(ColJson.writeBytes(r));
            }
            long c2 = cpu.getCurrentThreadCpuTime();
            for (ColRecord r : records) {
                JsonNode tree = ColJson.mapper().valueToTree(r);
                sink += ColValidator.check(tree).size();
                digest.update(ColJson.writeBytes(tree));
            }
            long c3 = cpu.getCurrentThreadCpuTime();
            for (ColRecord r : records) {
                sink += ColValidator.validate(r).size();
            }
            long c4 = cpu.getCurrentThreadCpuTime();
            System.out.printf("round %d: %d records, CPU µs/record: read %.2f write %.2f publish %.2f validate %.2f; sink %d digest %s%n",
                    round, n, us(c1 - c0, n), us(c2 - c1, n), us(c3 - c2, n), us(c4 - c3, n), sink,
                    HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        }
    }

    private static double us(long nanos, int n) {
        return nanos / 1e3 / n;
    }
}
