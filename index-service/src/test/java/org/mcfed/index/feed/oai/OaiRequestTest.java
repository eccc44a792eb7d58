package org.mcfed.index.feed.oai;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OaiRequestTest {

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return m;
    }

    private static OaiError codeOf(Map<String, List<String>> p) {
        try {
            OaiRequest.parse(p);
            return null;
        } catch (OaiException e) {
            return e.code();
        }
    }

    @Test
    void aMissingRepeatedOrUnknownVerbIsBadVerb() {
        assertThat(codeOf(params())).isEqualTo(OaiError.badVerb);
        assertThat(codeOf(params("verb", "Identify", "verb", "Identify"))).isEqualTo(OaiError.badVerb);
        assertThat(codeOf(params("verb", "ListEverything"))).isEqualTo(OaiError.badVerb);
        assertThat(codeOf(params("verb", "identify"))).as("verbs are case-sensitive").isEqualTo(OaiError.badVerb);
    }

    @Test
    void illegalRepeatedMissingOrNonExclusiveArgumentsAreBadArgument() {
        assertThat(codeOf(params("verb", "Identify", "metadataPrefix", "oai_dc"))).isEqualTo(OaiError.badArgument);
        assertThat(codeOf(params("verb", "ListRecords"))).isEqualTo(OaiError.badArgument);
        assertThat(codeOf(params("verb", "ListRecords", "metadataPrefix", "col", "metadataPrefix", "oai_dc"))).isEqualTo(OaiError.badArgument);
        assertThat(codeOf(params("verb", "ListRecords", "resumptionToken", "x", "metadataPrefix", "col"))).isEqualTo(OaiError.badArgument);
        assertThat(codeOf(params("verb", "GetRecord", "identifier", "nzqa:1-1"))).isEqualTo(OaiError.badArgument);
        assertThat(codeOf(params("verb", "GetRecord", "identifier", "nzqa:1-1", "metadataPrefix", "col", "set", "country:NZ"))).isEqualTo(OaiError.badArgument);
        assertThat(codeOf(params("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "bogus", "1"))).isEqualTo(OaiError.badArgument);
    }

    @Test
    void legalRequestsKeepTheirArguments() {
        OaiRequest r = OaiRequest.parse(params("verb", "ListRecords", "metadataPrefix", "col", "set", "country:NZ", "from", "2025-01-01"));
        assertThat(r.verb()).isEqualTo(OaiVerb.ListRecords);
        assertThat(r.arguments()).containsEntry("set", "country:NZ").containsEntry("from", "2025-01-01").hasSize(3);
        assertThat(OaiRequest.parse(params("verb", "ListSets", "resumptionToken", "abc")).argument("resumptionToken")).contains("abc");
        assertThat(OaiRequest.parse(params("verb", "ListMetadataFormats")).arguments()).isEmpty();
    }

    @Test
    void badVerbAndBadArgumentDoNotEchoTheRequest() {
        assertThatThrownBy(() -> OaiRequest.parse(params("verb", "Nope")))
                .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.echoesArguments()).isFalse());
        assertThat(new OaiException(OaiError.noRecordsMatch, "x").echoesArguments()).isTrue();
    }
}
