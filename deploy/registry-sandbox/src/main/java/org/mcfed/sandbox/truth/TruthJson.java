package org.mcfed.sandbox.truth;

import java.util.List;
import java.util.Map;

/**
 * Writes the ground truth as the JSON of {@code GET /_sandbox/truth}:
 * {@code {"seed":..,"scale":..,"tick":..,"sources":{"nzqa":{"live":[{"id","updatedAt","status",
 * "sourceStatus","malformed","expectReject","expectInvalid","concept","languages"}],"deleted":[{"id","deletedAt"}]}}}}.
 */
public final class TruthJson {
    private TruthJson() {
    }

    public static String write(GroundTruth t) {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("{\"seed\":").append(t.seed()).append(",\"scale\":").append(t.scale()).append(",\"tick\":").append(t.tick())
          .append(",\"sources\":{");
        boolean firstSource = true;
        for (Map.Entry<String, SourceTruth> e : t.sources().entrySet()) {
            if (!firstSource) {
                sb.append(',');
            }
            firstSource = false;
            SourceTruth s = e.getValue();
            sb.append('"').append(e.getKey()).append("\":{\"liveCount\":").append(s.live().size())
              .append(",\"deletedCount\":").append(s.deleted().size()).append(",\"live\":[");
            boolean first = true;
            for (TruthRecord r : s.live()) {
                sb.append(first ? "\n" : ",\n");
                first = false;
                sb.append("{\"id\":").append(str(r.id())).append(",\"updatedAt\":").append(str(r.updatedAt().toString()))
                  .append(",\"status\":").append(str(r.status())).append(",\"sourceStatus\":").append(str(r.sourceStatus()))
                  .append(",\"malformed\":").append(r.malformed() == null ? "null" : str(r.malformed()))
                  .append(",\"expectReject\":").append(r.expectReject()).append(",\"expectInvalid\":").append(r.expectInvalid())
                  .append(",\"concept\":").append(str(r.concept()))
                  .append(",\"languages\":").append(strings(r.languages())).append('}');
            }
            sb.append("],\"deleted\":[");
            first = true;
            for (DeletedRecord d : s.deleted()) {
                sb.append(first ? "\n" : ",\n");
                first = false;
                sb.append("{\"id\":").append(str(d.id())).append(",\"deletedAt\":").append(str(d.deletedAt().toString())).append('}');
            }
            sb.append("]}");
        }
        return sb.append("}}\n").toString();
    }

    /** A JSON array of string literals. */
    private static String strings(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (String v : values) {
            sb.append(sb.length() > 1 ? "," : "").append(str(v));
        }
        return sb.append(']').toString();
    }

    /** A JSON string literal. */
    public static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
