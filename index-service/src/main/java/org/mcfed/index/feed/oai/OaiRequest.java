package org.mcfed.index.feed.oai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checked OAI-PMH request: the verb and its single-valued arguments, validated against the
 * verb's rules so that the provider only ever sees legal requests. A missing, repeated or
 * unknown verb is {@code badVerb}; an argument that is illegal for the verb, repeated, missing,
 * or given beside an exclusive {@code resumptionToken} is {@code badArgument}.
 */
public record OaiRequest(OaiVerb verb, Map<String, String> arguments) {

    public static OaiRequest parse(Map<String, List<String>> parameters) {
        List<String> verbs = parameters.getOrDefault("verb", List.of());
        if (verbs.isEmpty()) {
            throw new OaiException(OaiError.badVerb, "the verb argument is missing");
        }
        if (verbs.size() > 1) {
            throw new OaiException(OaiError.badVerb, "the verb argument is repeated");
        }
        OaiVerb verb = OaiVerb.named(verbs.get(0))
                .orElseThrow(() -> new OaiException(OaiError.badVerb, "'" + verbs.get(0) + "' is not an OAI-PMH verb"));
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
            String name = p.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!verb.allows(name)) {
                throw new OaiException(OaiError.badArgument, "'" + name + "' is not an argument of " + verb);
            }
            if (p.getValue().size() != 1) {
                throw new OaiException(OaiError.badArgument, "the argument '" + name + "' is repeated");
            }
            arguments.put(name, p.getValue().get(0));
        }
        if (arguments.containsKey(OaiVerb.RESUMPTION_TOKEN)) {
            if (arguments.size() > 1) {
                throw new OaiException(OaiError.badArgument, "resumptionToken is exclusive: send it with the verb only");
            }
        } else {
            for (String name : verb.required()) {
                if (!arguments.containsKey(name) || arguments.get(name).isBlank()) {
                    throw new OaiException(OaiError.badArgument, verb + " requires the argument '" + name + "'");
                }
            }
        }
        return new OaiRequest(verb, Map.copyOf(arguments));
    }

    public Optional<String> argument(String name) {
        return Optional.ofNullable(arguments.get(name));
    }
}
