package org.mcfed.launcher.ingest;

/**
 * Reads a counter out of a Quarkus service's {@code /q/metrics} (Prometheus text format): the sum
 * of every series of the named metric, whatever its tags. Enough for a benchmark that needs one
 * number from a service that already counts it, without a metrics library of its own.
 */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** Sum of the samples of {@code metric} (e.g. {@code mcfed_normalizer_consumed_total}); 0 when absent. */
    public static double sum(String text, String metric) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(metric)) {
                continue;
            }
            int nameEnd = metric.length();
            if (line.length() == nameEnd || (line.charAt(nameEnd) != '{' && line.charAt(nameEnd) != ' ')) {
                continue; // another metric whose name starts the same way
            }
            String[] parts = line.substring(line.lastIndexOf('}') + 1).trim().split("\\s+");
            if (line.indexOf('}') < 0) {
                parts = line.substring(nameEnd).trim().split("\\s+");
            }
            try {
                sum += Double.parseDouble(parts[0]);
            } catch (NumberFormatException e) {
                // NaN-like or malformed sample: not a count
            }
        }
        return sum;
    }
}
