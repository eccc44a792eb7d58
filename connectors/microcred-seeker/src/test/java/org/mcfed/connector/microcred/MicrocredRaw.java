package org.mcfed.connector.microcred;

import org.mcfed.connector.Checksums;
import org.mcfed.connector.RawRecord;
import org.mcfed.connector.SourcePosition;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Raw records as {@link MicrocredTask} builds them, from fixture pages, with a fixed fetch time. */
final class MicrocredRaw {

    static final Instant FETCHED_AT = Instant.parse("2026-11-23T06:00:00Z");

    private MicrocredRaw() {
    }

    static RawRecord of(String fixture, String id) throws PageParseException {
        URI url = Fixtures.courseUrl(fixture, id);
        CourseSlug slug = CourseSlug.of(url);
        Map<String, List<String>> fields = new MicrocredDetailParser().parse(Fixtures.page(fixture, url), slug);
        return new RawRecord("microcred-seeker", "microcred-seeker", slug.localId(), url.toString(), FETCHED_AT, "text/html",
                Checksums.of(fields, null), fields, null, List.of(), false, SourcePosition.start("run-1", null));
    }
}
