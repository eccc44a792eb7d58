package org.mcfed.harvester.state;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.Checksums;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CompactChecksumTest {

    @Test
    void aConnectorsChecksumIsHeldAsItsDigestAndDecodesToTheSameString() {
        for (int i = 0; i < 1_000; i++) {
            String checksum = Checksums.of(("record " + i).getBytes(StandardCharsets.UTF_8));
            byte[] digest = CompactChecksum.encode(checksum);
            assertThat(digest).hasSize(32);
            assertThat(CompactChecksum.decode(digest)).isEqualTo(checksum);
        }
    }

    @Test
    void otherChecksumsAreNotEncoded() {
        for (String value : new String[]{null, "", "sha256:", "md5:0123456789abcdef0123456789abcdef",
                "sha256:" + "A".repeat(64), "sha256:" + "0".repeat(63), "sha256:" + "0".repeat(65),
                "SHA256:" + "0".repeat(64), "sha256:" + "g".repeat(64)}) {
            assertThat(CompactChecksum.encode(value)).as(String.valueOf(value)).isNull();
        }
    }
}
