package org.mcfed.col.admin;

import org.junit.jupiter.api.Test;
import org.mcfed.col.admin.AdminCredential.Verdict;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AdminCredentialTest {

    private static final AdminCredential SET = AdminCredential.of("admin", Optional.of("s3cret-pass"));

    private static String basic(String userColonPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicAcceptsOnlyTheConfiguredUserAndPassword() {
        assertThat(SET.basic(basic("admin:s3cret-pass"))).isEqualTo(Verdict.ACCEPTED);
        assertThat(SET.basic("basic " + basic("admin:s3cret-pass").substring(6))).as("scheme is case-insensitive").isEqualTo(Verdict.ACCEPTED);
        assertThat(SET.basic(basic("admin:s3cret-pas"))).isEqualTo(Verdict.WRONG);
        assertThat(SET.basic(basic("admin:s3cret-pass "))).isEqualTo(Verdict.WRONG);
        assertThat(SET.basic(basic("operator:s3cret-pass"))).as("another user, right password").isEqualTo(Verdict.WRONG);
        assertThat(SET.basic(basic("admins3cret-pass"))).as("no colon").isEqualTo(Verdict.WRONG);
        assertThat(SET.basic("Basic %%%not-base64")).isEqualTo(Verdict.WRONG);
    }

    @Test
    void missingOrOtherSchemesAreMissingCredentials() {
        assertThat(SET.basic(null)).isEqualTo(Verdict.MISSING);
        assertThat(SET.basic("")).isEqualTo(Verdict.MISSING);
        assertThat(SET.basic("Basic ")).isEqualTo(Verdict.MISSING);
        assertThat(SET.basic("Bearer s3cret-pass")).isEqualTo(Verdict.MISSING);
        assertThat(SET.bearer(basic("admin:s3cret-pass"))).isEqualTo(Verdict.MISSING);
        assertThat(SET.bearer("Bearer")).isEqualTo(Verdict.MISSING);
    }

    @Test
    void bearerAcceptsOnlyThePassword() {
        assertThat(SET.bearer("Bearer s3cret-pass")).isEqualTo(Verdict.ACCEPTED);
        assertThat(SET.bearer("bearer   s3cret-pass ")).isEqualTo(Verdict.ACCEPTED);
        assertThat(SET.bearer("Bearer s3cret")).isEqualTo(Verdict.WRONG);
        assertThat(SET.bearer("Bearer s3cret-pass-and-more")).isEqualTo(Verdict.WRONG);
    }

    @Test
    void anUnsetOrBlankPasswordRefusesEverything() {
        for (AdminCredential closed : new AdminCredential[] {
                AdminCredential.of("admin", Optional.empty()), AdminCredential.of("admin", Optional.of("  "))}) {
            assertThat(closed.configured()).isFalse();
            assertThat(closed.basic(basic("admin:"))).isEqualTo(Verdict.NOT_CONFIGURED);
            assertThat(closed.basic(basic("admin:  "))).isEqualTo(Verdict.NOT_CONFIGURED);
            assertThat(closed.bearer("Bearer  ")).isEqualTo(Verdict.NOT_CONFIGURED);
            assertThat(closed.bearer(null)).isEqualTo(Verdict.NOT_CONFIGURED);
            assertThat(Verdict.NOT_CONFIGURED.reason()).contains("MCFED_ADMIN_PASSWORD");
        }
        assertThat(SET.configured()).isTrue();
    }
}
