package org.mcfed.launcher.eval;

import org.mcfed.launcher.LocalPipeline;
import org.mcfed.launcher.PipelineOptions;
import org.mcfed.launcher.PipelineProbe;
import org.mcfed.launcher.RunDirectory;
import org.mcfed.launcher.ServiceProcess;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deploy/cross-lingual-eval.sh}: starts the whole pipeline on the sandbox (default scale 1,
 * today's registry sizes), waits for the first harvest, runs the {@link CrossLingualEvaluation} and
 * prints its table. Exits 0 when both goals are met, 2 when one is not, 1 on an error.
 */
public final class CrossLingualEvaluationMain {

    private CrossLingualEvaluationMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(List.of(args));
        if (!a.contains("--run-dir")) {
            a.addAll(List.of("--run-dir", ".run/cross-lingual-eval"));
        }
        if (!a.contains("--rate-limit")) {
            a.addAll(List.of("--rate-limit", "5000"));
        }
        PipelineOptions options = PipelineOptions.parse(a.toArray(String[]::new));
        RunDirectory.clear(options.runDir());
        LocalPipeline pipeline = new LocalPipeline(options);
        Runtime.getRuntime().addShutdownHook(new Thread(pipeline::close, "evaluation-shutdown"));
        int status;
        try {
            for (ServiceProcess s : pipeline.services()) {
                s.start();
                s.awaitReady(Duration.ofMinutes(3));
            }
            long records = new PipelineProbe(options).awaitAllAccountedFor(Duration.ofMinutes(30));
            System.out.printf("first harvest through: %,d records at scale %s%n", records, options.scale());
            EvaluationReport report = new CrossLingualEvaluation(options).run();
            System.out.print(report.table());
            status = report.crossLanguageGoalMet() && report.sameLanguageGoalMet() ? 0 : 2;
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }
}
