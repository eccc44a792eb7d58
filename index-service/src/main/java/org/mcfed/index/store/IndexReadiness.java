package org.mcfed.index.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the index has read the records topic up to where it stood at start-up (and, after a
 * catch-up, made it searchable and committed it); {@code catchingUp} says whether it is still reading a backlog.
 */
@Readiness
@ApplicationScoped
public class IndexReadiness implements HealthCheck {

    private final IndexRuntime runtime;
    private final LuceneRecordStore store;

    IndexReadiness(IndexRuntime runtime, LuceneRecordStore store) {
        this.runtime = runtime;
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("index")
                .status(runtime.ready())
                .withData("records", store.count())
                .withData("catchingUp", store.catchingUp())
                .withData("folder", store.folder().toString())
                .build();
    }
}
