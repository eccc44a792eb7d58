package org.mcfed.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

import org.mcfed.col.pipeline.Topics;
import org.mcfed.pipeline.kafka.KafkaClients;
import org.mcfed.pipeline.kafka.ReadToEnd;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The benchmark's baseline: the normalised records of {@code mcfed.records.v1}, read once into
 * memory, then indexed by plain Lucene in one process (one IndexWriter, StandardAnalyzer, the
 * text fields and the stored JSON, upsert by id). What the pipeline's index stage is compared with.
 */
public final class PlainLuceneBaseline {

    /**
     * Records indexed, the seconds spent indexing them (reading Kafka excluded), and the CPU this
     * process used meanwhile (merge threads included), comparable with a service's CPU per record.
     */
    public record Result(long records, double seconds, double cpuSeconds) {
        public double perSecond() {
            return records / Math.max(seconds, 1e-9);
        }

        public double cpuMillisPerRecord() {
            return 1000 * cpuSeconds / Math.max(records, 1);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainLuceneBaseline() {
    }

    public static Result run(String bootstrap, Path indexDir) throws IOException {
        List<byte[]> values = readRecords(bootstrap);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir),
                new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(256))) {
            for (byte[] value : values) {
                JsonNode r = JSON.readTree(value);
                String id = r.path("id").asText();
                Document doc = new Document();
                doc.add(new StringField("id", id, Field.Store.YES));
                addText(doc, "title", r.path("title"));
                addText(doc, "description", r.path("description"));
                for (JsonNode o : r.path("learningOutcomes")) {
                    doc.add(new TextField("outcomes", o.asText(), Field.Store.NO));
                }
                doc.add(new TextField("provider", r.path("awardingBody").path("name").asText(""), Field.Store.NO));
                doc.add(new StoredField("json", value));
                writer.updateDocument(new Term("id", id), doc);
            }
            writer.commit();
        }
        return new Result(values.size(), (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void addText(Document doc, String field, JsonNode languageMap) {
        for (Iterator<Map.Entry<String, JsonNode>> it = languageMap.fields(); it.hasNext(); ) {
            doc.add(new TextField(field, it.next().getValue().asText(), Field.Store.NO));
        }
    }

    /** The live records of the compacted topic (last value per key, tombstones dropped). */
    private static List<byte[]> readRecords(String bootstrap) {
        Properties p = KafkaClients.reader(bootstrap, "plain-lucene-baseline");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        try (var consumer = new KafkaConsumer<String, byte[]>(p)) {
            return new ArrayList<>(ReadToEnd.liveValues(consumer, Topics.RECORDS, Duration.ofMinutes(10)).values());
        }
    }
}
