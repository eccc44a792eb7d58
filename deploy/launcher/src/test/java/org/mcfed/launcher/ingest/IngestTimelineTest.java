package org.mcfed.launcher.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IngestTimelineTest {

    @Test
    void theIndexLagIsTheAgeOfTheNewestNormalisedRecordItHasCaughtUpWith() {
        IngestTimeline t = new IngestTimeline();
        t.add(new IngestTimeline.Sample(0, 0, 0, 0));
        t.add(new IngestTimeline.Sample(1, 500, 100, 0));
        t.add(new IngestTimeline.Sample(2, 900, 300, 100));   // 100 were normalised at 1 s: 1 s behind
        t.add(new IngestTimeline.Sample(3, 1000, 600, 150));  // 150 first normalised at 2 s: 1 s
        t.add(new IngestTimeline.Sample(7, 1000, 1000, 300)); // 300 normalised at 2 s: 5 s behind
        t.add(new IngestTimeline.Sample(8, 1000, 1000, 1000));
        assertEquals(5.0, t.maxIndexLagSeconds(), 1e-9);
    }

    @Test
    void eachStageFinishesWhenItsCountLastChanged() {
        IngestTimeline t = new IngestTimeline();
        t.add(new IngestTimeline.Sample(1, 10, 5, 0));
        t.add(new IngestTimeline.Sample(2, 20, 15, 5));
        t.add(new IngestTimeline.Sample(3, 20, 20, 20));
        t.add(new IngestTimeline.Sample(4, 20, 20, 20));
        assertEquals(new IngestTimeline.Finish(20, 2), t.harvestFinish());
        assertEquals(new IngestTimeline.Finish(20, 3), t.normaliseFinish());
        assertEquals(new IngestTimeline.Finish(20, 3), t.indexFinish());
        assertEquals(0.0, new IngestTimeline().maxIndexLagSeconds());
    }
}
