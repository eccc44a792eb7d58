package org.mcfed.connector.nzqa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mcfed.col.enrich.ColEnrichment;
import org.mcfed.col.record.ColRecord;
import org.mcfed.connector.MappingException;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.testkit.FixtureFiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each fixture page through parser, mapper and the col-schema enrichment, compared with the whole
 * expected COL record in {@code fixtures/expected/} (hours and ISCED come from the crosswalks).
 */
class NzqaMapperTest {

    private final NzqaMapper mapper = new NzqaMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "example.html, 4116-2",
            "label-variants.html, 5021-1",
            "maori.html, 4520-3",
            "missing-fields.html, 4702-1",
            "garbage-values.html, 4890-1",
            "garbage-credits.html, 4911-2",
            "expired.html, 3988-1",
            "discontinued.html, 3750-4",
            "windows-1252.html, 4433-1"})
    void mapsTheFixtureToExactlyTheExpectedRecord(String fixture, String localId) throws Exception {
        ColRecord draft = mapper.map(Fixtures.raw(fixture, localId));
        FixtureFiles.assertJson(ColEnrichment.enrich(draft), "expected/" + fixture.replace(".html", ".json"));
    }

    @Test
    void theDraftHoldsOnlyWhatThePageStates() throws Exception {
        ColRecord draft = mapper.map(Fixtures.raw("example.html", "4116-2"));
        assertThat(draft.workloadHours()).isNull();
        assertThat(draft.iscedLevel()).isNull();
        assertThat(draft.credit().hoursPerCredit()).isNull();
        assertThat(draft.fieldOfEducation().iscedF()).isNull();
        assertThat(draft.quality()).isNull();
    }

    @Test
    void aPageWithoutATitleIsRejectedWithTheReason() throws Exception {
        RawRecord raw = Fixtures.raw("missing-title.html", "4999-1");
        assertThatThrownBy(() -> mapper.map(raw)).isInstanceOfSatisfying(MappingException.class, e ->
                assertThat(e.reasons()).containsExactly(new MappingException.Reason("title", "the page states no title")));
    }

    @Test
    void anUnreadablePageIsRejectedWithTheParsersReason() throws Exception {
        RawRecord ok = Fixtures.raw("example.html", "4116-2");
        RawRecord unreadable = new RawRecord(ok.source(), ok.connector(), ok.localId(), ok.url(), ok.fetchedAt(),
                ok.contentType(), ok.checksum(), java.util.Map.of(), null,
                List.of("unreadable detail page: no details list (dl.mc-details) on the detail page"), false, ok.position());
        assertThatThrownBy(() -> mapper.map(unreadable)).isInstanceOfSatisfying(MappingException.class, e ->
                assertThat(e.reasons()).containsExactly(new MappingException.Reason("page",
                        "unreadable detail page: no details list (dl.mc-details) on the detail page")));
    }

    @Test
    void idsAreSourceColonLocalId() throws Exception {
        assertThat(mapper.map(Fixtures.raw("example.html", "4116-2")).id()).isEqualTo("nzqa:4116-2");
    }
}
