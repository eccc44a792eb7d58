package org.mcfed.connector.microcred;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.page.PageParseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MicrocredDetailParserTest {

    private final MicrocredDetailParser parser = new MicrocredDetailParser();

    private Map<String, List<String>> parse(String fixture, String id) throws PageParseException {
        URI url = Fixtures.courseUrl(fixture, id);
        return parser.parse(Fixtures.page(fixture, url), CourseSlug.of(url));
    }

    @Test
    void readsEveryAttributeByLabelAndTheJsonLdApart() throws PageParseException {
        assertThat(parse("example.html", "1042")).isEqualTo(Map.ofEntries(
                Map.entry("id", List.of("1042")),
                Map.entry("slug", List.of("example-1042")),
                Map.entry("title", List.of("Cyber Security Foundations for Business Professionals")),
                Map.entry("description", List.of("Protect your organisation from common cyber threats.")),
                Map.entry("provider", List.of("Example University")),
                Map.entry("studyArea", List.of("Information Technology")),
                Map.entry("level", List.of("Competent")),
                Map.entry("volumeOfLearning", List.of("20-25 hours")),
                Map.entry("duration", List.of("6 weeks")),
                Map.entry("deliveryMode", List.of("Online (asynchronous)")),
                Map.entry("campus", List.of("Online")),
                Map.entry("cost", List.of("$1,250")),
                Map.entry("creditRecognition", List.of("Credit towards award courses: Graduate Certificate in Cyber Security")),
                Map.entry("aqfRelation", List.of("Credit towards an AQF level 8 qualification")),
                Map.entry("assessment", List.of("Online quizzes and a final project.")),
                Map.entry("learningOutcomes", List.of("Explain the main cyber threats to a business",
                        "Apply basic controls to protect business data")),
                Map.entry("industryRecognition", List.of("Endorsed by the Example Cyber Council")),
                Map.entry("startDates", List.of("3 Feb 2025", "5 May 2025")),
                Map.entry("ld.name", List.of("Cyber Security Foundations for Business Professionals")),
                Map.entry("ld.description", List.of("Protect your organisation from common cyber threats.")),
                Map.entry("ld.provider", List.of("Example University")),
                Map.entry("ld.timeRequired", List.of("PT20H")),
                Map.entry("ld.price", List.of("1250.00")),
                Map.entry("ld.priceCurrency", List.of("AUD"))));
    }

    @Test
    void labelVariantsInAnyOrderWithEntitiesAndColons() throws PageParseException {
        assertThat(parse("label-variants.html", "77")).isEqualTo(Map.ofEntries(
                Map.entry("id", List.of("77")),
                Map.entry("slug", List.of("label-variants-77")),
                Map.entry("title", List.of("Wiradjuri Language & Culture")),
                Map.entry("provider", List.of("Example Regional University")),
                Map.entry("studyArea", List.of("Society and Culture")),
                Map.entry("level", List.of("advanced beginner")),
                Map.entry("volumeOfLearning", List.of("1.5 hours")),
                Map.entry("duration", List.of("3 days")),
                Map.entry("deliveryMode", List.of("Online and onsite (synchronous)")),
                Map.entry("campus", List.of("Wagga Wagga")),
                Map.entry("cost", List.of("Free")),
                Map.entry("creditRecognition", List.of("Stackable towards Diploma of Indigenous Languages; Bachelor of Arts")),
                Map.entry("assessment", List.of("Recognition of prior learning is available.")),
                Map.entry("learningOutcomes", List.of("Use everyday Wiradjuri greetings")),
                Map.entry("startDates", List.of("14 Jul 2025"))));
    }

    @Test
    void missingValuesAreAbsent() throws PageParseException {
        assertThat(parse("missing-fields.html", "5")).isEqualTo(Map.of(
                "id", List.of("5"),
                "slug", List.of("missing-fields-5"),
                "title", List.of("Data Literacy Essentials"),
                "provider", List.of("Example Institute of Technology"),
                "cost", List.of("Contact provider"),
                "duration", List.of("Self-paced")));
    }

    @Test
    void anUnreadableJsonLdBlockIsSkippedAndACourseInAGraphIsFound() throws PageParseException {
        Map<String, List<String>> fields = parse("jsonld-disagrees.html", "310");

        assertThat(fields.get("title")).containsExactly("Sustainable Supply Chains");
        assertThat(fields.get("ld.name")).containsExactly("Sustainable Supply Chains (old title)");
        assertThat(fields.get("ld.provider")).containsExactly("Old Provider Name");
        assertThat(fields.get("ld.price")).containsExactly("0");
    }

    @Test
    void windows1252PageIsDecodedByItsDeclaredCharset() throws PageParseException {
        Map<String, List<String>> fields = parse("windows-1252.html", "88");

        assertThat(fields.get("title")).containsExactly("Café Management – Barista “Essentials”");
        assertThat(fields.get("provider")).containsExactly("Université Example Australia");
    }

    @Test
    void aPageWithoutAnyCourseDetailIsAParseFailureWithItsReason() {
        assertThatThrownBy(() -> parse("not-a-course-page.html", "9"))
                .isInstanceOf(PageParseException.class)
                .hasMessage("no course details (h1, div.attr) on the course page");
    }
}
