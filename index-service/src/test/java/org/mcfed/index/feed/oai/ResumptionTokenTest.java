package org.mcfed.index.feed.oai;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResumptionTokenTest {

    @Test
    void aTokenCarriesTheWholeSelectionAcrossPages() {
        ResumptionToken t = new ResumptionToken("ListRecords", "col", "country:NZ", Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-12-31T23:59:59.999999999Z"), "opaque-index-cursor", 200);
        String text = t.encode();
        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(ResumptionToken.decode(text, OaiVerb.ListRecords)).isEqualTo(t);
    }

    @Test
    void nullBoundsSurvive() {
        ResumptionToken t = new ResumptionToken("ListIdentifiers", "oai_dc", null, null, null, "c", 0);
        assertThat(ResumptionToken.decode(t.encode(), OaiVerb.ListIdentifiers)).isEqualTo(t);
    }

    @Test
    void garbageOrATokenOfAnotherVerbIsBadResumptionToken() {
        String forIdentifiers = new ResumptionToken("ListIdentifiers", "oai_dc", null, null, null, "c", 0).encode();
        for (String bad : new String[]{"not a token!", "eyJ4IjoxfQ", "", forIdentifiers}) {
            assertThatThrownBy(() -> ResumptionToken.decode(bad, OaiVerb.ListRecords)).as(bad)
                    .isInstanceOfSatisfying(OaiException.class, e -> assertThat(e.code()).isEqualTo(OaiError.badResumptionToken));
        }
    }
}
