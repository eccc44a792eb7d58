package org.mcfed.sandbox;

import org.mcfed.sandbox.truth.TruthRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The truth's {@code languages} of one source's records, and the check that ticks leave them as they were. */
final class TruthLanguages {
    private TruthLanguages() {
    }

    static Map<String, List<String>> byId(RegistrySandbox sb, String source) {
        Map<String, List<String>> m = new HashMap<>();
        for (TruthRecord r : sb.truth().source(source).live()) {
            m.put(r.id(), r.languages());
        }
        return m;
    }

    /** Two ticks that change half the records each (and add some): every record keeps its languages. */
    static void assertStableAcrossTicks(long seed, String source) {
        try (RegistrySandbox sb = RegistrySandbox.builder().seed(seed).scale(1.0).port(0).build().start()) {
            Map<String, List<String>> before = byId(sb, source);
            sb.tick(0.5, 0.05, 0.0);
            sb.tick(0.5, 0.0, 0.0);
            Map<String, List<String>> after = byId(sb, source);
            assertThat(after.size()).isGreaterThan(before.size());
            before.forEach((id, languages) -> assertThat(after.get(id)).as(id).isEqualTo(languages));
        }
    }
}
