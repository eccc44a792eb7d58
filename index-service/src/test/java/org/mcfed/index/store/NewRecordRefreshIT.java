package org.mcfed.index.store;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mcfed.col.pipeline.Topics;
import org.mcfed.col.record.ColRecord;
import org.mcfed.index.RecordsTopic;
import org.mcfed.index.SampleRecords;
import org.mcfed.index.testkit.FeedsProfile;
import org.mcfed.kafka.KafkaBrokerResource;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service following its topic: records the normaliser marks new to the topic wait for the longer refresh interval,
 * and a change (a write without the mark, as an older normaliser's) is searchable within the short one, the new records
 * written before it with it.
 */
@QuarkusTest
@TestProfile(NewRecordRefreshIT.LongNewRecordInterval.class)
@QuarkusTestResource(KafkaBrokerResource.class)
class NewRecordRefreshIT {

    /** Changes refreshed every 0.1 s; new records every hour (longer than the test); an application and index of its own. */
    public static class LongNewRecordInterval extends FeedsProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("mcfed.index.max-stale", "PT0.1S");
            config.put("mcfed.index.new-record-max-stale", "PT1H");
            return config;
        }
    }

    private static final int NEW_RECORDS = 500;

    @Inject
    RecordIndex index;

    @Test
    void newRecordsWaitForTheLongerIntervalAndAChangeMakesThemSearchableWithinTheShortOne() throws InterruptedException {
        ColRecord template = SampleRecords.nzqaFarming();
        try (RecordsTopic topic = new RecordsTopic(KafkaBrokerResource.broker().bootstrapServers(), Topics.RECORDS, 3)) {
            // caught up with what the topic held (other tests share the broker), and refreshed once at the end of it
            await().atMost(Duration.ofSeconds(60)).until(() -> given().get("/q/health/ready").statusCode() == 200);
            long before = index.count();
            for (int i = 0; i < NEW_RECORDS; i++) {
                topic.publishNewRecord(template.toBuilder().id("nzqa:first-harvest-" + i).build());
            }
            topic.flush();
            // the topic consumer polls within 100 ms; twenty intervals of 0.1 s go by, and no refresh is due for them
            Thread.sleep(2000);
            assertThat(index.count()).as("records new to the topic, searchable only at the hourly interval").isEqualTo(before);

            ColRecord change = template.toBuilder().id("nzqa:first-harvest-0").title(Map.of("en", "Farming, changed")).build();
            topic.publish(change);
            topic.flush();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> index.count() == before + NEW_RECORDS);
            assertThat(index.get(change.id()).orElseThrow().title()).containsEntry("en", "Farming, changed");
        }
    }
}
