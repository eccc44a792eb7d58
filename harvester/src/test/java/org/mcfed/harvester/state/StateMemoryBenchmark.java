package org.mcfed.harvester.state;

import org.mcfed.col.json.ColJson;
import org.mcfed.connector.KnownRecord;

import java.util.HashMap;
import java.util.Map;

/**
 * Heap a source's state takes per known record when read back from the state topic, against the same
 * entries held as decoded (each with its own copies of the source, connector and run names), in one JVM:
 * {@code java -cp ... org.mcfed.harvester.state.StateMemoryBenchmark [records=300000]}. Values shaped
 * like the sandbox's HKQR entries (its ETag of 16 hexadecimal digits, Last-Modified, SHA-256 checksum, and detail URL).
 */
public final class StateMemoryBenchmark {

    private StateMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        for (int round = 1; round <= 2; round++) {
            long base = usedAfterGc();
            Map<String, KnownEntry> decoded = new HashMap<>();
            read(records, (key, value) -> {
                try {
                    KnownEntry e = ColJson.mapper().readValue(value, KnownEntry.class);
                    decoded.put(e.localId(), e);
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
            long asDecoded = usedAfterGc() - base;
            int kept = decoded.size();
            decoded.clear();
            base = usedAfterGc();
            SourceState state = new SourceState("hkqr");
            read(records, (key, value) -> StateTopic.apply(state, key, value, "record:hkqr:", StateTopic.runKey("hkqr")));
            long asState = usedAfterGc() - base;
            // what a run holds besides: the known records handed to the connector for the run's length
            Map<String, KnownRecord> handed = state.knownRecords();
            long withRun = usedAfterGc() - base;
            System.out.printf("round %d, %,d records: as decoded %.0f B/record, SourceState %.0f B/record, during a run %.0f B/record (%d)%n",
                    round, records, asDecoded / (double) kept, asState / (double) state.knownEntries().size(),
                    withRun / (double) handed.size(), state.knownEntries().size());
        }
    }

    private static void read(int records, java.util.function.BiConsumer<String, byte[]> apply) {
        for (int i = 0; i < records; i++) {
            String id = String.format("%02d/%06d/%d", i % 13, i, i % 7);
            KnownEntry e = new KnownEntry("hkqr", "hkqr",
                    new KnownRecord(id, "\"" + Long.toHexString(id.hashCode() * 0x9E3779B97F4A7C15L + i) + "\"",
                            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                    java.time.Instant.ofEpochSecond(1_790_000_000L + i * 97L).atOffset(java.time.ZoneOffset.UTC)),
                            "sha256:" + String.format("%064x", (long) id.hashCode() * 31 + i)),
                    "http://localhost:8090/hkqr/HKQRPRD/web/hkqr-en/search/detail?regNo=" + id.replace("/", "%2F"),
                    "hkqr@2026-12-0" + (1 + i % 3) + "T23:11:47.361372300Z");
            apply.accept(StateTopic.recordKey("hkqr", id), ColJson.writeBytes(e));
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
