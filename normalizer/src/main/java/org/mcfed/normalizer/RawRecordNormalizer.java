package org.mcfed.normalizer;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.logging.Logger;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.pipeline.Reject;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Provenance;
import org.mcfed.col.validate.ColValidator;
import org.mcfed.col.validate.Problem;
import org.mcfed.col.validate.QualityScore;
import org.mcfed.connector.Connector;
import org.mcfed.connector.Mapper;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Turns one harvested {@link RawRecord} into its {@link Outcome}: runs the source's {@link Mapper}
 * (picked by {@code raw.connector()}), standardises and enriches the draft through the col-schema
 * crosswalks ({@link ColStandardisation}), fills provenance and quality, validates, and decides
 * record, tombstone or reject. Plain Java with no Kafka and no Quarkus, so tests and other modules can run it in-process.
 *
 * <p>Pure: the output depends only on the raw record. Every timestamp comes from it
 * ({@code updatedAt}, {@code provenance.harvestedAt} and {@code rejectedAt} are its {@code fetchedAt}),
 * so a replay of {@code mcfed.raw.v1} gives byte-equal values. Cross-record links
 * ({@code sameAs} between registries) need state and are added by {@link SameAsLinker}.
 *
 * <p>Publishes nothing invalid: rejects a page the connector could not read, a record that cannot
 * be identified or titled, a mapper refusal/failure, and a standardised record that breaks the COL
 * schema beyond an honest repair ({@link InvalidRecordPolicy}); a record whose only problems are
 * invalid optional values is published without them. Every reject carries every reason. Everything
 * else is published with its gaps in {@code quality.missing}. Thread-safe.
 */
public final class RawRecordNormalizer {

    private static final Logger LOG = Logger.getLogger(RawRecordNormalizer.class);

    private final ConnectorCatalog connectors;

    /** With every connector found on the class path by {@link java.util.ServiceLoader}. */
    public RawRecordNormalizer() {
        this(ConnectorCatalog.onClassPath());
    }

    /** With the given connectors by name. */
    public RawRecordNormalizer(Map<String, Connector> connectors) {
        this(ConnectorCatalog.of(connectors));
    }

    public RawRecordNormalizer(ConnectorCatalog connectors) {
        this.connectors = connectors;
    }

    /** The names of the connectors whose records can be mapped. */
    public java.util.Set<String> connectorNames() {
        return new TreeSet<>(connectors.byName().keySet());
    }

    /** A value read from {@code mcfed.raw.v1} under {@code key}; bytes that are no raw record become a reject. */
    public Outcome normalize(String key, byte[] value) {
        return normalize(key, value, null);
    }

    /**
     * As {@link #normalize(String, byte[])}, also handing a published record's JSON tree, the one it was
     * validated on, to {@code validated[0]} (left null when the record was repaired or not published): the
     * loop writes the record's bytes from it instead of serialising the record again.
     */
    Outcome normalize(String key, byte[] value, JsonNode[] validated) {
        RawRecord raw;
        try {
            raw = RawRecordJson.read(value);
        } catch (IOException | RuntimeException e) {
            String problem = "value is not a raw record: " + firstLine(e.getMessage());
            return reject(key, null, null, RawRecordJson.tree(value), null,
                    List.of(new Reject.Reason("page", problem)), RejectClass.MALFORMED_RAW);
        }
        return normalize(raw, () -> RawRecordJson.tree(value), validated);
    }

    /** A raw record as a connector emitted it. */
    public Outcome normalize(RawRecord raw) {
        return normalize(raw, () -> RawRecordJson.tree(raw), null);
    }

    /** {@code rawTree} is asked for only when the record is rejected: a published record never needs it. */
    private Outcome normalize(RawRecord raw, Supplier<JsonNode> rawTree, JsonNode[] validated) {
        Connector connector = connectors.get(raw.connector());
        if (connector == null) {
            String problem = "no connector named '" + raw.connector() + "' (available: " + connectorNames() + ")"
                    + (connectors.loadErrors().isEmpty() ? "" : "; connectors that failed to load: " + connectors.loadErrors());
            return reject(raw, rawTree, List.of(new Reject.Reason("page", problem)), RejectClass.UNKNOWN_CONNECTOR);
        }
        Mapper mapper = connector.mapper();
        if (raw.deleted()) {
            String id = mapper.idOf(raw);
            if (blank(id) || blank(raw.localId())) {
                return reject(raw, rawTree, List.of(new Reject.Reason("id", "deletion names no record")),
                        RejectClass.UNIDENTIFIED);
            }
            return new Outcome.Tombstone(id);
        }
        if (raw.problems() != null && !raw.problems().isEmpty()) {
            List<Reject.Reason> reasons = raw.problems().stream().map(p -> new Reject.Reason("page", p)).toList();
            return reject(raw, rawTree, reasons, RejectClass.UNREADABLE_PAGE);
        }
        ColRecord draft;
        try {
            draft = mapper.map(raw);
        } catch (MappingException e) {
            List<Reject.Reason> reasons = e.reasons().stream()
                    .map(r -> new Reject.Reason(r.element(), r.problem())).toList();
            return reject(raw, rawTree, reasons, RejectClass.of(e.reasons()));
        } catch (RuntimeException e) {
            // A mapper bug must cost one record, never the route: keep it with the reason.
            LOG.warnf(e, "mapper %s failed on %s", raw.connector(), raw.key());
            return reject(raw, rawTree, List.of(new Reject.Reason("page",
                    "mapper " + raw.connector() + " failed: " + e)), RejectClass.MAPPING_FAILED);
        }
        List<Reject.Reason> reasons = new ArrayList<>();
        if (draft == null || blank(draft.id())) {
            reasons.add(new Reject.Reason("id", "the mapper gave no id"));
        }
        if (draft == null || !QualityScore.isPresent(draft, "title")) {
            reasons.add(new Reject.Reason("title", "no title in any language"));
        }
        if (!reasons.isEmpty()) {
            return reject(raw, rawTree, reasons, blank(draft == null ? null : draft.id())
                    ? RejectClass.UNIDENTIFIED : RejectClass.UNTITLED);
        }
        ColRecord record = complete(draft, raw);
        JsonNode json = ColJson.mapper().valueToTree(record);
        List<Problem> problems = ColValidator.check(json);
        if (problems.isEmpty()) {
            if (validated != null) {
                validated[0] = json;
            }
            return new Outcome.Published(record);
        }
        List<Reject.Reason> all = problems.stream().map(p -> new Reject.Reason(p.field(), p.problem())).toList();
        if (InvalidRecordPolicy.repairable(problems)) {
            ColRecord repaired = InvalidRecordPolicy.repair(record, problems);
            if (ColValidator.validate(repaired).isEmpty()) {
                LOG.debugf("%s published without its invalid optional values: %s", record.id(), problems);
                return new Outcome.Published(repaired, all);
            }
        }
        return reject(raw, rawTree, all, RejectClass.ofSchemaProblems(problems.stream().map(Problem::field).toList()));
    }

    /** Standardises and enriches through the crosswalks, then adds what the aggregator knows about the harvest. */
    private static ColRecord complete(ColRecord draft, RawRecord raw) {
        Instant harvestedAt = raw.fetchedAt();
        ColRecord.Builder b = ColStandardisation.apply(draft).toBuilder()
                .url(draft.url() != null ? draft.url() : raw.url())
                .provenance(new Provenance(raw.source(), raw.localId(), raw.url(), harvestedAt, raw.checksum()))
                .sameAs(draft.sameAs() == null ? List.of()
                        : List.copyOf(new TreeSet<>(draft.sameAs().stream().filter(Objects::nonNull)
                        .filter(id -> !id.equals(draft.id())).toList())))
                .updatedAt(harvestedAt);
        return b.build();
    }

    private static Outcome reject(RawRecord raw, Supplier<JsonNode> rawTree, List<Reject.Reason> reasons, RejectClass c) {
        return reject(raw.key(), raw.source(), raw.localId(), rawTree.get(), raw.fetchedAt(), reasons, c);
    }

    private static Outcome reject(String key, String source, String localId, JsonNode rawTree, Instant at,
                                  List<Reject.Reason> reasons, RejectClass c) {
        return new Outcome.Rejected(new Reject(key, source, localId, rawTree, List.copyOf(reasons), at, c.label()), c);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
