package org.mcfed.normalizer.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Credentials of the admin endpoints, shared by the mcfed services: {@code mcfed.admin.*}. */
@ConfigMapping(prefix = "mcfed.admin")
public interface AdminConfig {

    /** User name for HTTP Basic authentication on /admin. */
    @WithDefault("admin")
    String username();

    /** Secret: the password for /admin; when unset every admin call is refused with 401. */
    Optional<String> password();
}
