package org.mcfed.col.pipeline;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunReportJsonTest {

    @Test
    void aReportWrittenBeforeItemProblemsReadsAsNone() throws Exception {
        String old = "{\"source\":\"pqr\",\"runId\":\"pqr@1\",\"status\":\"completed\",\"startedAt\":\"2026-01-01T00:00:00Z\","
                + "\"finishedAt\":\"2026-01-01T00:01:00Z\",\"durationMs\":60000,\"pages\":3,\"fetched\":250,\"new\":250,"
                + "\"changed\":0,\"unchanged\":0,\"deleted\":0,\"failed\":0,\"errors\":[]}";
        RunReport report = ColJson.mapper().readValue(old, RunReport.class);
        assertEquals(250, report.created());
        assertTrue(report.itemProblems().isEmpty());
        assertEquals(0, report.itemProblemCount());
    }

    @Test
    void itemProblemsSurviveTheTopic() throws Exception {
        ItemProblem noId = new ItemProblem("http://r/col/v1/records?limit=100", "records[4]", null, "feed record has no id");
        RunReport report = new RunReport("pqr", "pqr@1", "completed", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:01:00Z"), 60_000, 3, 249, 249, 0, 0, 0, 0, List.of(), List.of(noId), 1);
        String json = ColJson.write(report);
        assertTrue(json.contains("\"itemProblems\":[{\"page\":\"http://r/col/v1/records?limit=100\",\"item\":\"records[4]\",\"id\":null,"
                + "\"problem\":\"feed record has no id\"}],\"itemProblemCount\":1"), json);
        assertEquals(report, ColJson.mapper().readValue(json, RunReport.class));
    }
}
