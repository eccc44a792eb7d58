package org.mcfed.launcher.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrometheusTextTest {

    private static final String TEXT = """
            # HELP mcfed_normalizer_rejected_total records rejected
            # TYPE mcfed_normalizer_rejected_total counter
            mcfed_normalizer_rejected_total{reason="invalid-record"} 12.0
            mcfed_normalizer_rejected_total{reason="unreadable-page",source="a{b}"} 3.0
            mcfed_normalizer_rejected_total_created 1.7E9
            mcfed_normalizer_consumed_total 1005.0
            """;

    @Test
    void sumsEverySeriesOfTheNamedMetricAndNoOther() {
        assertEquals(15.0, PrometheusText.sum(TEXT, "mcfed_normalizer_rejected_total"));
        assertEquals(1005.0, PrometheusText.sum(TEXT, "mcfed_normalizer_consumed_total"));
        assertEquals(0.0, PrometheusText.sum(TEXT, "mcfed_normalizer_published_total"));
    }
}
