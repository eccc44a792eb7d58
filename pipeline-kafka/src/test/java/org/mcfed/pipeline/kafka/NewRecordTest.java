package org.mcfed.pipeline.kafka;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The header that marks a write of a record new to the records topic: read back as written, and nothing else is. */
class NewRecordTest {

    @Test
    void theHeaderReadsBackAsANewRecordAndAWriteWithoutItOrWithAnotherValueIsAChange() {
        assertThat(NewRecord.read(new RecordHeaders().add(NewRecord.header()))).isTrue();
        assertThat(NewRecord.read(new RecordHeaders().add(RawPublished.header(1_700_000_000_000L)))).isFalse();
        assertThat(NewRecord.read(new RecordHeaders())).isFalse();
        assertThat(NewRecord.read(new RecordHeaders().add(NewRecord.HEADER, null))).isFalse();
        assertThat(NewRecord.read(new RecordHeaders().add(NewRecord.HEADER, "0".getBytes(StandardCharsets.US_ASCII)))).isFalse();
        assertThat(NewRecord.read(new RecordHeaders().add(NewRecord.HEADER, "true".getBytes(StandardCharsets.US_ASCII)))).isFalse();
        // the last one written wins, as for every header Kafka carries twice
        assertThat(NewRecord.read(new RecordHeaders().add(NewRecord.header()).add(NewRecord.HEADER, new byte[]{'0'}))).isFalse();
    }
}
