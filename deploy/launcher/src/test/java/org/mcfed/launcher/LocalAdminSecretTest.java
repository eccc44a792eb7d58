package org.mcfed.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class LocalAdminSecretTest {

    @Test
    void everyRunHasItsOwnPasswordReadableByItsOwnerOnly(@TempDir Path runDir) throws Exception {
        LocalAdminSecret first = LocalAdminSecret.generate(runDir);
        assertThat(first.password()).hasSizeGreaterThanOrEqualTo(24).doesNotContain("local-admin");
        assertThat(Files.readString(first.file()).strip()).isEqualTo(first.password());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");
        String basic = new String(Base64.getDecoder().decode(first.basicAuthorization().substring("Basic ".length())), StandardCharsets.UTF_8);
        assertThat(basic).isEqualTo("admin:" + first.password());

        LocalAdminSecret second = LocalAdminSecret.generate(runDir);
        assertThat(second.password()).isNotEqualTo(first.password());
        assertThat(Files.readString(second.file()).strip()).isEqualTo(second.password());
    }
}
