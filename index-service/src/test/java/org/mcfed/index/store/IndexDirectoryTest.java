package org.mcfed.index.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.SampleRecords;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index's stored fields are read through a file channel, never mapped into the process (so they are page cache,
 * not the service's resident memory), while the files search reads at random stay mapped; and both read back right.
 */
class IndexDirectoryTest {

    @TempDir
    Path root;

    @Test
    void storedFieldsAreReadButNeverMappedWhileTheTermsAreMapped() throws IOException {
        List<ColRecord> records = SampleRecords.distinct();
        try (LuceneRecordStore store = LuceneRecordStore.open(root, Duration.ofMillis(50))) {
            records.forEach(r -> store.upsert(r, ColJson.writeBytes(r), r.updatedAt()));
            store.awaitVisible();
            for (ColRecord r : records) {
                assertThat(store.json(r.id())).as(r.id()).hasValueSatisfying(json -> assertThat(json).isEqualTo(ColJson.writeBytes(r)));
            }
            assertThat(store.count()).isEqualTo(records.size());

            try (Stream<Path> files = Files.list(store.folder())) {
                assertThat(files.map(p -> p.getFileName().toString())).as("the index has stored fields")
                        .anyMatch(name -> name.endsWith(".fdt"));
            }
            List<String> mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                    .filter(line -> line.contains(store.folder().toString())).toList();
            assertThat(mapped).as("the term dictionary and postings are mapped").anyMatch(line -> line.endsWith(".tim"))
                    .anyMatch(line -> line.endsWith(".doc"));
            assertThat(mapped).as("no stored fields' data is mapped").noneMatch(line -> line.endsWith(".fdt"));
        }
    }

    @Test
    void onlyStoredFieldsDataIsReadThroughTheChannel() {
        assertThat(IndexDirectory.readThroughChannel("_0.fdt")).isTrue();
        assertThat(IndexDirectory.readThroughChannel("_3_Lucene90_0.fdt")).isTrue();
        assertThat(Stream.of("_0.fdx", "_0.fdm", "_0.tim", "_0.tip", "_0.doc", "_0.pos", "_0.dvd", "_0.kdd", "segments_2", "write.lock"))
                .noneMatch(IndexDirectory::readThroughChannel);
    }
}
