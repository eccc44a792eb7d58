package org.mcfed.sandbox.fault;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultSpecTest {

    @Test
    void mergeKeepsEverySettingThatWasSet() {
        FaultSpec s = FaultSpec.merge(List.of(FaultSpec.latency(50), FaultSpec.errors(0.2, 500), FaultSpec.duplicateRows(2)));
        assertThat(s.latencyMillis()).isEqualTo(50);
        assertThat(s.errorRate()).isEqualTo(0.2);
        assertThat(s.errorStatus()).isEqualTo(500);
        assertThat(s.duplicateRows()).isEqualTo(2);
        assertThat(FaultSpec.merge(List.of()).isNone()).isTrue();
    }

    @Test
    void knobsFromQueryParametersAndClearErrors() {
        FaultSpec s = FaultSpec.fromParams(FaultSpec.none(), Map.of("source", List.of("nzqa"), "rate429", List.of("0.5"),
                "loopAfterPage", List.of("4"), "latencyMs", List.of("10")));
        assertThat(s.tooManyRequestsRate()).isEqualTo(0.5);
        assertThat(s.loopAfterPage()).isEqualTo(4);
        assertThat(s.latencyMillis()).isEqualTo(10);
        assertThatThrownBy(() -> FaultSpec.fromParams(FaultSpec.none(), Map.of("resetRate", List.of("x"))))
                .hasMessageContaining("resetRate is not a number");
        assertThatThrownBy(() -> FaultSpec.errors(0.1, 502)).hasMessageContaining("500 or 503");
        assertThatThrownBy(() -> FaultSpec.malformed(-0.1)).hasMessageContaining("malformedRate");
    }

    @Test
    void decisionsAreReproducibleAndARetryRollsAgain() {
        FaultPlan a = new FaultPlan(1, "nzqa");
        FaultPlan b = new FaultPlan(1, "nzqa");
        a.set(FaultSpec.errors(0.5, 503));
        b.set(FaultSpec.errors(0.5, 503));
        int failures = 0;
        for (int attempt = 0; attempt < 200; attempt++) {
            FaultPlan.Decision da = a.decide("/nzqa/x");
            assertThat(b.decide("/nzqa/x")).isEqualTo(da);
            if (da.status() == 503) {
                failures++;
            }
        }
        assertThat(failures).isBetween(70, 130);
    }

    @Test
    void malformationIsPerRecordAndStable() {
        FaultPlan p = new FaultPlan(2, "hkqr");
        p.set(FaultSpec.malformed(0.25));
        int n = 0;
        for (int i = 0; i < 4000; i++) {
            Malformation m = p.malformation(i);
            assertThat(p.malformation(i)).isEqualTo(m);
            if (m != null) {
                n++;
            }
        }
        assertThat(n).isBetween(900, 1100);
    }

    @Test
    void badFeedItemsAndTheColXmlVariantArePerRecordStableAndKnobsOverHttp() {
        FaultSpec s = FaultSpec.fromParams(FaultSpec.none(), Map.of("badItemRate", List.of("0.2"), "colXmlRate", List.of("0.5")));
        assertThat(s.toJson()).contains("\"badItemRate\":0.2,\"colXmlRate\":0.5");
        assertThat(FaultSpec.merge(List.of(FaultSpec.latency(5), s)).badItemRate()).isEqualTo(0.2);
        assertThatThrownBy(() -> FaultSpec.badItems(1.5)).hasMessageContaining("badItemRate");
        FaultPlan p = new FaultPlan(3, "col-feed");
        p.set(s);
        String[] kinds = {"a", "b"};
        int bad = 0;
        int xml = 0;
        for (int i = 0; i < 4000; i++) {
            String k = p.badItem(i, kinds);
            assertThat(p.badItem(i, kinds)).isEqualTo(k);
            bad += k == null ? 0 : 1;
            xml += p.colXml(i) ? 1 : 0;
        }
        assertThat(bad).isBetween(700, 900);
        assertThat(xml).isBetween(1800, 2200);
        p.set(FaultSpec.none());
        assertThat(p.badItem(1, kinds)).isNull();
        assertThat(p.colXml(1)).isFalse();
    }

    @Test
    void stallIsARateAndADurationOverHttpThatMergeAndReportThemselves() {
        FaultSpec s = FaultSpec.fromParams(FaultSpec.none(), Map.of("stallRate", List.of("0.01"), "stallMs", List.of("8000")));
        assertThat(s.stallRate()).isEqualTo(0.01);
        assertThat(s.stallMillis()).isEqualTo(8000);
        assertThat(s.toJson()).endsWith("\"stallRate\":0.01,\"stallMillis\":8000}");
        assertThat(FaultSpec.merge(List.of(FaultSpec.stalled(0.5, 2000), FaultSpec.latency(5))).stallMillis()).isEqualTo(2000);
        assertThatThrownBy(() -> FaultSpec.stalled(1.5, 10)).hasMessageContaining("stallRate");
        assertThatThrownBy(() -> FaultSpec.stalled(0.1, -1)).hasMessageContaining("stallMillis");
    }

    @Test
    void redesignIsAFlagOverHttpThatMergesAndReportsItself() {
        FaultSpec s = FaultSpec.fromParams(FaultSpec.none(), Map.of("redesign", List.of("true")));
        assertThat(s.redesign()).isTrue();
        assertThat(s.toJson()).contains("\"redesign\":true,");
        assertThat(FaultSpec.merge(List.of(FaultSpec.redesigned(), FaultSpec.latency(5))).redesign()).isTrue();
        assertThat(FaultSpec.fromParams(s, Map.of("redesign", List.of("false"))).isNone()).isTrue();
        assertThatThrownBy(() -> FaultSpec.fromParams(FaultSpec.none(), Map.of("redesign", List.of("yes"))))
                .hasMessageContaining("redesign");
    }
}
