package org.mcfed.sandbox;

import org.mcfed.sandbox.core.Dates;
import org.mcfed.sandbox.fault.FaultPlan;
import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.http.HttpRequest;
import org.mcfed.sandbox.http.HttpResponse;
import org.mcfed.sandbox.http.RequestHandler;
import org.mcfed.sandbox.site.RegistrySite;
import org.mcfed.sandbox.site.Sitemap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * Dispatches requests: {@code /_sandbox/*} to the admin calls, {@code /<source>/*} to that
 * registry after its fault plan had its say, and answers conditional GETs with 304.
 */
final class SandboxRouter implements RequestHandler {
    private final RegistrySandbox sandbox;
    private final Map<String, RegistrySite> sites;
    private final SandboxAdmin admin;

    SandboxRouter(RegistrySandbox sandbox, Map<String, RegistrySite> sites) {
        this.sandbox = sandbox;
        this.sites = sites;
        this.admin = new SandboxAdmin(sandbox);
    }

    @Override
    public HttpResponse handle(HttpRequest req) {
        String path = req.path();
        try {
            if (path.startsWith("/_sandbox/")) {
                return admin.handle(req);
            }
            if (path.equals("/") || path.isEmpty()) {
                return admin.home();
            }
            int slash = path.indexOf('/', 1);
            String source = slash < 0 ? path.substring(1) : path.substring(1, slash);
            RegistrySite site = sites.get(source);
            if (site == null) {
                return HttpResponse.notFound(path);
            }
            sandbox.traffic().requested();
            if (!req.method().equals("GET") && !req.method().equals("HEAD")) {
                return HttpResponse.text(405, "registry pages answer GET and HEAD\n").header("Allow", "GET, HEAD");
            }
            FaultPlan.Decision d = site.faults().decide(req.target());
            if (d.reset()) {
                return new HttpResponse(0, null).transport(HttpResponse.Transport.RESET).delay(d.latencyMillis());
            }
            if (d.status() != 0) {
                return HttpResponse.text(d.status(), "sandbox fault: " + d.status() + "\n")
                        .header("Retry-After", Integer.toString(d.retryAfterSeconds())).delay(d.latencyMillis());
            }
            String subPath = slash < 0 ? "" : path.substring(slash);
            HttpResponse resp = sandbox.read(() -> Sitemap.isSitemapPath(subPath) ? Sitemap.serve(site, req, subPath)
                    : site.serve(req, subPath));
            resp = conditional(req, resp);
            if (d.oversizeBytes() > 0 && resp.status() == 200) {
                resp = oversize(resp, d.oversizeBytes());
            }
            if (d.truncate()) {
                resp.transport(HttpResponse.Transport.TRUNCATE);
            } else if (d.stallMillis() > 0) {
                resp.transport(HttpResponse.Transport.STALL).stall(d.stallMillis());
            }
            sandbox.traffic().served(resp);
            return resp.delay(d.latencyMillis());
        } catch (RegistrySite.BadRequest | IllegalArgumentException e) {
            return HttpResponse.text(400, e.getMessage() + "\n");
        }
    }

    /** 304 when If-None-Match matches the ETag, or (without it) when If-Modified-Since is not older. */
    static HttpResponse conditional(HttpRequest req, HttpResponse resp) {
        if (resp.status() != 200) {
            return resp;
        }
        String etag = resp.headerValue("ETag");
        String lastModified = resp.headerValue("Last-Modified");
        String inm = req.header("If-None-Match");
        boolean notModified = false;
        if (inm != null && etag != null) {
            for (String t : inm.split(",")) {
                String tag = t.trim();
                if (tag.startsWith("W/")) {
                    tag = tag.substring(2);
                }
                if (tag.equals(etag) || tag.equals("*")) {
                    notModified = true;
                }
            }
        } else if (inm == null && lastModified != null) {
            String ims = req.header("If-Modified-Since");
            if (ims != null) {
                long since = Dates.parseHttp(ims);
                notModified = since != Long.MIN_VALUE && Dates.parseHttp(lastModified) <= since;
            }
        }
        if (!notModified) {
            return resp;
        }
        HttpResponse r = new HttpResponse(304, null);
        if (etag != null) {
            r.header("ETag", etag);
        }
        if (lastModified != null) {
            r.header("Last-Modified", lastModified);
        }
        return r;
    }

    /** Pads a page to the oversize byte count: whitespace for JSON/XML, an HTML comment for pages. */
    private static HttpResponse oversize(HttpResponse resp, int bytes) {
        byte[] body = resp.body();
        if (body.length >= bytes) {
            return resp;
        }
        String type = String.valueOf(resp.headerValue("Content-Type"));
        byte[] out = Arrays.copyOf(body, bytes);
        boolean html = type.startsWith("text/html");
        int start = body.length;
        if (html) {
            byte[] open = "\n<!-- ".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(open, 0, out, start, open.length);
            start += open.length;
            Arrays.fill(out, start, bytes - 4, (byte) 'x');
            byte[] close = " -->".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(close, 0, out, bytes - 4, 4);
        } else {
            Arrays.fill(out, start, bytes, (byte) ' ');
        }
        HttpResponse r = new HttpResponse(200, out);
        for (String[] h : resp.headers()) {
            r.header(h[0], h[1]);
        }
        return r;
    }
}
