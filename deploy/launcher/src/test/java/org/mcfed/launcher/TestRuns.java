package org.mcfed.launcher;

import java.io.IOException;
import java.nio.file.Path;

/** The launcher's integration tests' pipelines: run from this module, data under {@code target/<name>}, started empty. */
public final class TestRuns {

    private TestRuns() {
    }

    /** Options on free ports for a sandbox of {@code scale}, its run folder {@code target/<name>} cleared first. */
    public static PipelineOptions freshOptions(String name, double scale, double rateLimit) throws IOException {
        Path module = Path.of("").toAbsolutePath();
        Path runDir = module.resolve("target").resolve(name);
        RunDirectory.clear(runDir);
        return PipelineOptions.onFreePorts(module.getParent().getParent(), runDir, scale, rateLimit);
    }
}
