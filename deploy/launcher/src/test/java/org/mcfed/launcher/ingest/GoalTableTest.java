package org.mcfed.launcher.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoalTableTest {

    @Test
    void everyGoalGetsAVerdictAndUnmeasuredGoalsCountAsNotMet() {
        GoalTable t = new GoalTable();
        t.add("harvester CPU per record", "0.150 ms", "", "<= 0.2 ms", true);
        t.add("index CPU per record", "0.300 ms", "plain Lucene 0.050 ms", "<= 2x plain Lucene", false);
        t.add("freshness p99", "not measured", "", "<= 2,000 ms", null);
        t.info("normalizer CPU per record", "0.100 ms", "");
        String out = t.render();
        assertTrue(out.lines().anyMatch(l -> l.contains("harvester CPU per record") && l.endsWith("met")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("index CPU per record") && l.endsWith("NOT MET")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains("freshness p99") && l.endsWith("not measured")), out);
        assertEquals(2, t.unmet());
    }
}
