package org.mcfed.index.feed.format;

import jakarta.ws.rs.core.MediaType;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.ColRecord;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The formats a record is served in: by {@code ?format=}, by {@code Accept} (a JSON-LD format
 * is asked for by its {@code profile} parameter; plain {@code application/ld+json} is schema.org),
 * in the export and as OAI-PMH metadata formats. docs/crosswalks.md maps COL to each.
 */
public enum RecordFormat {

    /** The COL record as consumed. */
    COL("col", MediaType.APPLICATION_JSON, null, null),
    /** Open Badges 3.0 / CLR 2.0 {@code Achievement}. */
    OB3("ob3", RecordFormat.JSON_LD, "https://purl.imsglobal.org/spec/ob/v3p0/", OpenBadgesAchievement::of),
    /** European Learning Model 3 {@code LearningOpportunity} with its {@code Qualification}. */
    ELM("elm", RecordFormat.JSON_LD, "http://data.europa.eu/snb/model/elm/", ElmLearningOpportunity::of),
    /** Credential Engine CTDL {@code ceterms:MicroCredential}. */
    CTDL("ctdl", RecordFormat.JSON_LD, "https://purl.org/ctdl/terms/", CtdlCredential::of),
    /** schema.org {@code Course} awarding an {@code EducationalOccupationalCredential}. */
    SCHEMAORG("schemaorg", RecordFormat.JSON_LD, "https://schema.org/", SchemaOrgCourse::of);

    public static final String JSON_LD = "application/ld+json";

    private final String id;
    private final String mediaType;
    private final String profile;
    private final Function<ColRecord, Map<String, Object>> writer;

    RecordFormat(String id, String mediaType, String profile, Function<ColRecord, Map<String, Object>> writer) {
        this.id = id;
        this.mediaType = mediaType;
        this.profile = profile;
        this.writer = writer;
    }

    /** The name used by {@code ?format=} and as OAI-PMH metadataPrefix. */
    public String id() {
        return id;
    }

    /** The JSON-LD profile IRI (the vocabulary's namespace); null for COL. */
    public String profile() {
        return profile;
    }

    /** The Content-Type served: {@code application/json}, or {@code application/ld+json; profile="…"}. */
    public String contentType() {
        return profile == null ? mediaType : mediaType + "; profile=\"" + profile + "\"";
    }

    /** The record as this format's JSON text. */
    public String write(ColRecord record) {
        return writer == null ? ColJson.write(record) : ColJson.write(writer.apply(record));
    }

    /** True for the formats the OAI-PMH provider and the JSON-LD export carry as linked data. */
    public boolean linkedData() {
        return writer != null;
    }

    public static Optional<RecordFormat> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (RecordFormat f : values()) {
            if (f.id.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The format an {@code Accept} media type asks for: {@code application/json} COL;
     * {@code application/ld+json} schema.org unless its {@code profile} names another format's;
     * {@code *}{@code /*} and {@code application/*} COL. Empty when this service has none of it.
     */
    public static Optional<RecordFormat> accepted(MediaType type) {
        if (type.isWildcardType() || "application".equals(type.getType()) && type.isWildcardSubtype()
                || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Optional.of(COL);
        }
        if (!"application".equals(type.getType()) || !"ld+json".equals(type.getSubtype())) {
            return Optional.empty();
        }
        String profile = type.getParameters().get("profile");
        if (profile == null) {
            return Optional.of(SCHEMAORG);
        }
        for (RecordFormat f : values()) {
            if (f.profile != null && profile.trim().equals(f.profile)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
