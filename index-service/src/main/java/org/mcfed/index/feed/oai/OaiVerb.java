package org.mcfed.index.feed.oai;

import java.util.Optional;
import java.util.Set;

/** The six OAI-PMH verbs with the arguments each requires, allows, or takes exclusively (OAI-PMH 4). */
public enum OaiVerb {
    Identify(Set.of(), Set.of(), false),
    ListMetadataFormats(Set.of(), Set.of("identifier"), false),
    ListSets(Set.of(), Set.of(), true),
    ListIdentifiers(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    ListRecords(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    GetRecord(Set.of("identifier", "metadataPrefix"), Set.of(), false);

    static final String RESUMPTION_TOKEN = "resumptionToken";

    private final Set<String> required;
    private final Set<String> optional;
    private final boolean resumable;

    OaiVerb(Set<String> required, Set<String> optional, boolean resumable) {
        this.required = required;
        this.optional = optional;
        this.resumable = resumable;
    }

    Set<String> required() {
        return required;
    }

    boolean allows(String argument) {
        return required.contains(argument) || optional.contains(argument) || (resumable && RESUMPTION_TOKEN.equals(argument));
    }

    boolean resumable() {
        return resumable;
    }

    static Optional<OaiVerb> named(String name) {
        for (OaiVerb verb : values()) {
            if (verb.name().equals(name)) {
                return Optional.of(verb);
            }
        }
        return Optional.empty();
    }
}
