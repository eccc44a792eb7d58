package org.mcfed.col.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The admin credential every mcfed service shares ({@code mcfed.admin.username} and
 * {@code mcfed.admin.password}) and the one check of an {@code Authorization} header against it,
 * so the harvester, the normalizer and the index-service refuse and accept exactly alike.
 *
 * <p>Secrets are compared as SHA-256 digests with {@link MessageDigest#isEqual}: the time taken
 * says neither how long the secret is nor how much of it matched, and the user name and password
 * are both checked every time, so it does not tell whether the user name exists. Without a
 * password every call is refused: a deployment that forgot its secret is closed, not open.
 */
public final class AdminCredential {

    /** Why a call was refused, in words an operator can act on (the services put it in their 401 body). */
    public enum Verdict {
        ACCEPTED(null),
        NOT_CONFIGURED("admin actions are disabled: no admin password is configured (set MCFED_ADMIN_PASSWORD)"),
        MISSING("admin actions need credentials"),
        WRONG("admin credentials were not accepted");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        public boolean accepted() {
            return this == ACCEPTED;
        }

        /** The refusal's reason, null when accepted. */
        public String reason() {
            return reason;
        }
    }

    private final byte[] user;
    private final byte[] password;

    private AdminCredential(String username, String password) {
        this.user = digest(username == null ? "" : username);
        this.password = password == null ? null : digest(password);
    }

    /** The credential from configuration; a blank or absent password means no admin access at all. */
    public static AdminCredential of(String username, Optional<String> password) {
        return new AdminCredential(username, password.filter(p -> !p.isBlank()).orElse(null));
    }

    /** Whether a password is configured (else every call is refused). */
    public boolean configured() {
        return password != null;
    }

    /** Checks {@code Authorization: Basic base64(user:password)}. */
    public Verdict basic(String authorization) {
        if (password == null) {
            return Verdict.NOT_CONFIGURED;
        }
        String encoded = scheme(authorization, "Basic");
        if (encoded == null) {
            return Verdict.MISSING;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Verdict.WRONG;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Verdict.WRONG;
        }
        boolean userMatches = MessageDigest.isEqual(digest(decoded.substring(0, colon)), user);
        boolean passwordMatches = MessageDigest.isEqual(digest(decoded.substring(colon + 1)), password);
        return userMatches & passwordMatches ? Verdict.ACCEPTED : Verdict.WRONG;
    }

    /** Checks {@code Authorization: Bearer <password>} (the index-service's admin API). */
    public Verdict bearer(String authorization) {
        if (password == null) {
            return Verdict.NOT_CONFIGURED;
        }
        String token = scheme(authorization, "Bearer");
        if (token == null) {
            return Verdict.MISSING;
        }
        return MessageDigest.isEqual(digest(token), password) ? Verdict.ACCEPTED : Verdict.WRONG;
    }

    /** The credentials after {@code scheme }, or null when the header is absent, empty or of another scheme. */
    private static String scheme(String authorization, String scheme) {
        if (authorization == null || authorization.length() <= scheme.length()
                || !authorization.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1)) {
            return null;
        }
        String credentials = authorization.substring(scheme.length() + 1).trim();
        return credentials.isEmpty() ? null : credentials;
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
