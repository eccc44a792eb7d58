package org.mcfed.harvester.fuzz;

import org.mcfed.fuzz.HostileRequest;
import org.mcfed.fuzz.HostileRequest.Header;
import org.mcfed.fuzz.HostileValues;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A seeded generator of hostile requests against every HTTP endpoint of the harvester: the admin API
 * ({@code /admin/sources}, a source, its run, pause and resume; the dry run with its connector, base URL
 * and sample), health and metrics, unknown paths and odd methods. Half the admin calls carry the right
 * credentials, so the requests reach the resources, not only the authentication; the rest none,
 * wrong or unreadable ones. With credentials, a dry run fetches only from the sandbox (any other base
 * URL is not a URL at all), and a run is asked mostly of unknown or disabled sources: now and then one
 * starts on the sandbox's small NZQA (1 in 3,000 requests with seed 14), and the rest of the run meets
 * that source running.
 */
public final class HarvesterHostileRequests implements Supplier<HostileRequest> {

    private static final String[] DRY_RUN_PARAMS = {"connector", "baseUrl", "sample", "extra"};
    private static final String[] PATHS = {"/", "/admin", "/admin/", "/admin/sources/", "/admin/nothing", "/q", "/q/health/started",
            "/q/openapi", "/api/search", "/favicon.ico"};
    private static final String[] METHODS_ODD = {"PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"};

    private final HostileValues v;
    private final String authorization;
    private final String sandboxBaseUrl;
    private final List<Supplier<HostileRequest>> endpoints = List.of(
            this::sources, this::source, this::source, this::sourceAction, this::sourceAction, this::dryRun, this::dryRun,
            this::dryRun, this::probe, this::probe, this::path, this::oddMethod);

    /**
     * @param authorization  the {@code Authorization} value of the right credentials
     * @param sandboxBaseUrl a registry the dry run may fetch from (the sandbox's NZQA)
     */
    public HarvesterHostileRequests(long seed, String authorization, String sandboxBaseUrl) {
        this.v = new HostileValues(seed);
        this.authorization = authorization;
        this.sandboxBaseUrl = sandboxBaseUrl;
    }

    @Override
    public HostileRequest get() {
        return v.pick(endpoints).get();
    }

    private HostileRequest sources() {
        return admin("GET", "/admin/sources" + v.query(new String[] {"name", "state"}, p -> v.value("word")), new byte[0]);
    }

    private HostileRequest source() {
        return admin("GET", "/admin/sources/" + name(), new byte[0]);
    }

    private HostileRequest sourceAction() {
        String action = v.pick(new String[] {"run", "pause", "resume", "stop", v.value("escape")});
        // run mostly sources that cannot start (unknown, disabled); pause and resume also the live ones
        String name = action.equals("run") ? v.pick(new String[] {"mqa", name()}) : name();
        return admin(v.nextInt(6) == 0 ? "GET" : "POST", "/admin/sources/" + name + "/" + action, new byte[0]);
    }

    private HostileRequest dryRun() {
        String query = v.query(DRY_RUN_PARAMS, p -> switch (p) {
            case "connector" -> v.pick(new String[] {"nzqa", "mqa", "hkqr", "col-feed", "microcred-seeker", v.value("word")});
            case "baseUrl" -> v.nextInt(3) == 0 ? encoded(sandboxBaseUrl) : v.value(v.pick(new String[] {"escape", "id", "token"}));
            case "sample" -> v.value("number");
            default -> v.value("word");
        });
        byte[] body = v.nextInt(4) == 0 ? v.binary(v.nextInt(3000)) : new byte[0];
        return admin(v.nextBoolean() ? "GET" : "POST", "/admin/dry-run" + query, body);
    }

    private HostileRequest probe() {
        String path = v.pick(new String[] {"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/metrics"});
        String target = v.nextBoolean() ? path : path + v.query(new String[] {"name", "format", "x"}, p -> v.value("word"));
        return v.get(target);
    }

    private HostileRequest path() {
        String path = v.pick(PATHS);
        return v.get(v.nextBoolean() ? path + v.value("escape") : path + "?" + v.value("escape") + "=" + v.value("id"));
    }

    private HostileRequest oddMethod() {
        String path = v.pick(new String[] {"/admin/sources", "/admin/sources/nzqa", "/admin/dry-run", "/q/health", "/q/metrics"});
        return admin(v.pick(METHODS_ODD), path, new byte[0]);
    }

    private String name() {
        return v.pick(new String[] {"nzqa", "mqa", "pqr", v.value("id"), v.value("word"), v.value("escape")});
    }

    /** An admin call: half with the right credentials, the rest with none, wrong or unreadable ones, and odd headers. */
    private HostileRequest admin(String method, String target, byte[] body) {
        List<Header> headers = new ArrayList<>(v.oddHeaders());
        switch (v.nextInt(6)) {
            case 0, 1, 2 -> headers.add(new Header("Authorization", authorization));
            case 3 -> headers.add(new Header("Authorization", v.pick(new String[] {"Basic ", "Basic YWRtaW46YWRtaW4=", "Bearer x",
                    "Basic " + v.value("token"), v.headerValue("escape")})));
            default -> {
            }
        }
        if (body.length > 0) {
            headers.add(new Header("Content-Type", v.headerValue("accept")));
        }
        return new HostileRequest(method, target, headers, body);
    }

    private static String encoded(String url) {
        return java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
    }
}
