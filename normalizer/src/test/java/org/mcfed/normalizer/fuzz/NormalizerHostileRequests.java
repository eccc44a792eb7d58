package org.mcfed.normalizer.fuzz;

import org.mcfed.fuzz.HostileRequest;
import org.mcfed.fuzz.HostileRequest.Header;
import org.mcfed.fuzz.HostileValues;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A seeded generator of hostile requests against every HTTP endpoint of the normalizer: the admin
 * replay (with the right, wrong, unreadable or no credentials, any method, any body), health and
 * metrics, unknown paths and odd methods.
 */
public final class NormalizerHostileRequests implements Supplier<HostileRequest> {

    private static final String[] PATHS = {"/", "/admin", "/admin/", "/admin/replay/", "/admin/status", "/admin/nothing", "/q", "/q/health/started",
            "/q/openapi", "/api/search", "/favicon.ico"};
    private static final String[] METHODS = {"POST", "POST", "POST", "GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO"};

    private final HostileValues v;
    private final String authorization;
    private final List<Supplier<HostileRequest>> endpoints = List.of(this::replay, this::replay, this::replay, this::probe, this::probe,
            this::path);

    /** @param authorization the {@code Authorization} value of the right credentials */
    public NormalizerHostileRequests(long seed, String authorization) {
        this.v = new HostileValues(seed);
        this.authorization = authorization;
    }

    @Override
    public HostileRequest get() {
        return v.pick(endpoints).get();
    }

    private HostileRequest replay() {
        List<Header> headers = new ArrayList<>(v.oddHeaders());
        switch (v.nextInt(6)) {
            case 0, 1 -> headers.add(new Header("Authorization", authorization));
            case 2, 3 -> headers.add(new Header("Authorization", v.pick(new String[] {"Basic ", "Basic YWRtaW46YWRtaW4=", "Bearer x",
                    "Basic " + v.value("token"), v.headerValue("escape")})));
            default -> {
            }
        }
        byte[] body = v.nextInt(3) == 0 ? v.binary(v.nextInt(3000)) : new byte[0];
        if (body.length > 0) {
            headers.add(new Header("Content-Type", v.headerValue("accept")));
        }
        String target = "/admin/replay" + v.query(new String[] {"from", "topic", "x"}, p -> v.value(p.equals("from") ? "date" : "word"));
        return new HostileRequest(v.pick(METHODS), target, headers, body);
    }

    private HostileRequest probe() {
        String path = v.pick(new String[] {"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics", "/q/metrics"});
        return v.get(v.nextBoolean() ? path : path + v.query(new String[] {"name", "format", "x"}, p -> v.value("word")));
    }

    private HostileRequest path() {
        String path = v.pick(PATHS);
        return v.get(v.nextBoolean() ? path + v.value("escape") : path + "?" + v.value("escape") + "=" + v.value("id"));
    }
}
