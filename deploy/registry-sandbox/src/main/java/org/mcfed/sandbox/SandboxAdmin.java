package org.mcfed.sandbox;

import org.mcfed.sandbox.fault.FaultSpec;
import org.mcfed.sandbox.http.HttpRequest;
import org.mcfed.sandbox.http.HttpResponse;
import org.mcfed.sandbox.truth.ConceptTable;
import org.mcfed.sandbox.truth.TruthJson;

import java.util.Locale;

/**
 * The admin calls of docs/api.md: {@code GET /_sandbox/truth[?source=]}, {@code GET /_sandbox/concepts},
 * {@code POST /_sandbox/tick?changed=&added=&deleted=}, {@code GET|POST /_sandbox/faults?source=&...},
 * {@code GET /_sandbox/info}.
 */
final class SandboxAdmin {
    private final RegistrySandbox sandbox;

    SandboxAdmin(RegistrySandbox sandbox) {
        this.sandbox = sandbox;
    }

    HttpResponse handle(HttpRequest req) {
        String path = req.path();
        switch (path) {
            case "/_sandbox/truth":
                String only = req.param("source");
                return HttpResponse.json(200, TruthJson.write(only == null ? sandbox.truth() : sandbox.truth(only)));
            case "/_sandbox/concepts":
                return HttpResponse.json(200, ConceptTable.json());
            case "/_sandbox/info":
                return HttpResponse.json(200, sandbox.infoJson());
            case "/_sandbox/tick":
                if (!req.method().equals("POST")) {
                    return HttpResponse.text(405, "tick is a POST\n").header("Allow", "POST");
                }
                int[][] counts = sandbox.tick(number(req, "changed"), number(req, "added"), number(req, "deleted"));
                StringBuilder sb = new StringBuilder("{\"tick\":").append(sandbox.tickCount()).append(",\"now\":\"")
                        .append(sandbox.now()).append("\",\"sources\":{");
                int i = 0;
                for (String s : sandbox.sources()) {
                    sb.append(i == 0 ? "" : ",").append('"').append(s).append("\":{\"changed\":").append(counts[i][0])
                      .append(",\"added\":").append(counts[i][1]).append(",\"deleted\":").append(counts[i][2]).append('}');
                    i++;
                }
                return HttpResponse.json(200, sb.append("}}\n").toString());
            case "/_sandbox/faults":
                if (req.method().equals("POST")) {
                    String source = req.param("source");
                    if (source == null) {
                        throw new IllegalArgumentException("faults needs source=<name> or source=all");
                    }
                    FaultSpec spec = FaultSpec.fromParams(FaultSpec.none(), req.query());
                    if (source.equals("all")) {
                        for (String s : sandbox.sources()) {
                            sandbox.faults(s, spec);
                        }
                    } else {
                        sandbox.faults(source, spec);
                    }
                }
                return HttpResponse.json(200, sandbox.faultsJson());
            default:
                return HttpResponse.notFound(path);
        }
    }

    private static double number(HttpRequest req, String name) {
        String v = req.param(name);
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a fraction 0..1, was '" + v + "'");
        }
    }

    HttpResponse home() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>mcfed registry sandbox</title></head><body>\n<h1>Registry sandbox</h1>\n<ul>\n");
        for (String s : sandbox.sources()) {
            sb.append("<li><a href=\"").append(sandbox.site(s).entryPage()).append("\">").append(s).append("</a></li>\n");
        }
        sb.append("</ul>\n<p>Admin: <a href=\"/_sandbox/info\">info</a>, <a href=\"/_sandbox/truth\">truth</a>, <a href=\"/_sandbox/concepts\">concepts</a>, <a href=\"/_sandbox/faults\">faults</a>; ")
          .append(String.format(Locale.ROOT, "POST /_sandbox/tick?changed=0.01&amp;added=0.005&amp;deleted=0.002</p>\n</body></html>\n"));
        return HttpResponse.html(sb.toString());
    }
}
