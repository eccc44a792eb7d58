package org.mcfed.index.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.mcfed.col.record.Skill;
import org.mcfed.index.store.LuceneRecordStore;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking (issue 12): a record whose title has the learner's words, and has them as a phrase, ranks
 * above one that has them scattered over its title and body, and a record's exact id ranks first.
 * The records are shaped like the sandbox's: the col-feed's "Project Management Essentials" and
 * Microcred Seeker's "Construction Project Scheduling", among others that use the same words.
 */
class TitleMatchesRankFirstTest {

    private static LuceneRecordStore store;
    private static RecordSearch search;
    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @BeforeAll
    static void index() throws IOException {
        List<ColRecord> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(record("col-feed:pme-" + i, "Project Management Essentials",
                    "A short course of the Commission on Higher Education on how teams deliver work on time.", "manage projects"));
        }
        all.add(record("microcred-seeker:cps", "Construction Project Scheduling",
                "This microcredential from Build Academy builds practical capability in construction project scheduling and "
                        + "site management for working professionals managing a project.", "construction management"));
        all.add(record("microcred-seeker:mgmt", "Management of Construction Projects",
                "Project controls, project budgets and project management for site supervisors.", "construction management"));
        for (int i = 0; i < 30; i++) {
            all.add(record("nzqa:" + (100 + i) + "-1", "Risk Management " + i, "Identify and treat risks in a workplace.", "risk management"));
            all.add(record("nzqa:" + (200 + i) + "-1", "Community Project " + i, "A project with a local community group.", "teamwork"));
        }
        store = IndexedRecords.of("ranking", all);
        search = new RecordSearch(store.searchers());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ColRecord record(String id, String title, String description, String skill) {
        return ColRecord.builder().id(id).issuerCountry("AU").status("active").updatedAt(T0)
                .title(Map.of("en", title)).description(Map.of("en", description))
                .skills(List.of(Skill.free(skill))).learningOutcomes(List.of(skill))
                .awardingBody(AwardingBody.named("Build Academy")).languages(List.of("eng")).modeOfLearning(List.of("online")).build();
    }

    private static List<String> titles(String q) {
        return search.search(SearchRequest.of(q)).results().stream().map(m -> ((Map<?, ?>) m.get("title")).get("en").toString()).toList();
    }

    @Test
    void projectManagementRanksTheTitlesThatSayItAboveConstructionProjectScheduling() {
        List<String> titles = titles("project management");
        assertThat(titles.subList(0, 4)).containsOnly("Project Management Essentials");
        assertThat(titles).contains("Construction Project Scheduling");
        assertThat(titles.indexOf("Construction Project Scheduling")).isGreaterThan(4);
        assertThat(titles.indexOf("Management of Construction Projects")).as(titles.toString()).isGreaterThan(3);
    }

    @Test
    void aTitleWithTheWordsAsAPhraseRanksAboveOneWithTheWordsApart() {
        List<String> titles = titles("construction project");
        assertThat(titles.get(0)).isEqualTo("Construction Project Scheduling");
    }

    @Test
    void anExactRecordIdRanksThatRecordFirst() {
        SearchResult r = search.search(SearchRequest.of("microcred-seeker:mgmt"));
        assertThat(r.results()).isNotEmpty();
        assertThat(r.results().get(0).get("id")).isEqualTo("microcred-seeker:mgmt");
    }
}
