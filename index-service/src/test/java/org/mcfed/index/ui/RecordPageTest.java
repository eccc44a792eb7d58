package org.mcfed.index.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordPageTest {

    @Test
    void jsonCannotCloseTheScriptElementThatHoldsIt() {
        String safe = RecordPage.scriptSafe("{\"name\":\"</script><script>alert(3)</script> & <!-- \u2028\"}");
        assertThat(safe).doesNotContain("<", ">", "&", "\u2028")
                .isEqualTo("{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(3)\\u003c/script\\u003e \\u0026 \\u003c!-- \\u2028\"}");
    }
}
