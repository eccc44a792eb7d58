package org.mcfed.sandbox;

/**
 * Runs the sandbox on its own: {@code -Dsandbox.port=8090 -Dsandbox.scale=1 -Dsandbox.seed=42
 * -Dsandbox.host=127.0.0.1}; prints the base URL of each source and serves until killed.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        RegistrySandbox sb;
        try {
            sb = RegistrySandbox.builder()
                    .seed(seed())
                    .scale(number("sandbox.scale", "1"))
                    .port((int) number("sandbox.port", "8090"))
                    .host(System.getProperty("sandbox.host", "127.0.0.1"))
                    .build().start();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("registry sandbox not started: " + e.getMessage()
                    + (e.getCause() != null ? " (" + e.getCause().getMessage() + ")" : "")
                    + "\nusage: -Dsandbox.port=8090 -Dsandbox.scale=1 -Dsandbox.seed=42 -Dsandbox.host=127.0.0.1");
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sb::close, "sandbox-shutdown"));
        System.out.println("registry sandbox: seed " + sb.seed() + ", scale " + sb.scale() + ", " + sb.baseUri());
        for (String s : sb.sources()) {
            System.out.printf("  %-17s %s   (first listing page %s%s)%n", s, sb.baseUrl(s), sb.baseUri(), sb.site(s).entryPage());
        }
        System.out.println("  admin             " + sb.baseUri() + "/_sandbox/info | /_sandbox/truth | POST /_sandbox/tick | POST /_sandbox/faults");
        System.out.flush();
        Thread.currentThread().join();
    }

    private static long seed() {
        String v = System.getProperty("sandbox.seed", "42").trim();
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sandbox.seed must be a whole number, was '" + v + "'");
        }
    }

    private static double number(String key, String dflt) {
        String v = System.getProperty(key, dflt).trim();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + v + "'");
        }
    }
}
