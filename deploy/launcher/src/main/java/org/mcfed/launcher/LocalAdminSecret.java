package org.mcfed.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin password of one local run: random, new at every start, so no fixed password works
 * against a pipeline someone left running. It is written to {@code <run dir>/admin-password}
 * (readable by its owner only) for the operator, and handed to the services through their
 * environment ({@code MCFED_ADMIN_PASSWORD}), never on a command line that {@code ps} shows.
 */
public final class LocalAdminSecret {

    /** The user name every service's admin API is given ({@code mcfed.admin.username}). */
    public static final String USER = "admin";

    private final String password;
    private final Path file;

    private LocalAdminSecret(String password, Path file) {
        this.password = password;
        this.file = file;
    }

    /** Generates the run's password and writes it to {@code runDir/admin-password}. */
    public static LocalAdminSecret generate(Path runDir) {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path file = runDir.resolve("admin-password");
        try {
            Files.createDirectories(runDir);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin password to " + file + ": " + e.getMessage(), e);
        }
        return new LocalAdminSecret(password, file);
    }

    public String password() {
        return password;
    }

    /** Where the password is, for the operator. */
    public Path file() {
        return file;
    }

    /** {@code Authorization} header value for the index-service's admin API ({@code mcfed.ops.admin-token}). */
    public String bearerAuthorization() {
        return "Bearer " + password;
    }

    /** {@code Authorization} header value for the harvester's and normalizer's admin APIs. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
