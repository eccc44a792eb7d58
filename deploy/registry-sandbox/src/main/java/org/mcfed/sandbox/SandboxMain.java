package org.mcfed.sandbox;

/**
 * Runs the sandbox on its own: {@code -Dsandbox.port=8090 -Dsandbox.scale=1 -Dsandbox.seed=42
 * -Dsandbox.host=127.0.0.1}; prints the base URL of each source and serves until killed.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        RegistrySandbox sb = RegistrySandbox.builder()
                .seed(Long.getLong("sandbox.seed", 42))
                .scale(Double.parseDouble(System.getProperty("sandbox.scale", "1")))
                .port(Integer.getInteger("sandbox.port", 8090))
                .host(System.getProperty("sandbox.host", "127.0.0.1"))
                .build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(sb::close, "sandbox-shutdown"));
        System.out.println("registry sandbox: seed " + sb.seed() + ", scale " + sb.scale() + ", " + sb.baseUri());
        for (String s : sb.sources()) {
            System.out.printf("  %-17s %s   (first listing page %s%s)%n", s, sb.baseUrl(s), sb.baseUri(), sb.site(s).entryPage());
        }
        System.out.println("  admin             " + sb.baseUri() + "/_sandbox/info | /_sandbox/truth | POST /_sandbox/tick | POST /_sandbox/faults");
        System.out.flush();
        Thread.currentThread().join();
    }
}
