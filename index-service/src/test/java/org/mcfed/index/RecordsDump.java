package org.mcfed.index;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.pipeline.kafka.KafkaClients;
import org.mcfed.pipeline.kafka.ReadToEnd;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Saves the live records of a pipeline run's {@code mcfed.records.v1} (last value per key, tombstones
 * dropped) to a file, so that {@link IndexingBenchmark} ({@code --records-file=}) can index the
 * sandbox's real records, the pipeline benchmark's, instead of its synthetic catalogue. The file is a
 * sequence of (int length, JSON bytes). Usage: {@code RecordsDump <bootstrap> <file>}.
 */
public final class RecordsDump {

    private RecordsDump() {
    }

    public static void main(String[] args) throws IOException {
        Properties p = KafkaClients.reader(args[0], "records-dump");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        Map<String, byte[]> latest;
        try (var consumer = new KafkaConsumer<String, byte[]>(p)) {
            latest = ReadToEnd.liveValues(consumer, Topics.RECORDS, Duration.ofMinutes(10));
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 20))) {
            for (byte[] v : latest.values()) {
                out.writeInt(v.length);
                out.write(v);
            }
        }
        System.out.printf("%,d records written to %s%n", latest.size(), args[1]);
    }

    /** The records of a file {@link #main} wrote, at most {@code limit} of them. */
    static List<byte[]> read(Path file, int limit) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
            while (out.size() < limit) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                out.add(in.readNBytes(length));
            }
        }
        return out;
    }
}
