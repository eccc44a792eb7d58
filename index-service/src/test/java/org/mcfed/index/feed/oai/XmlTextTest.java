package org.mcfed.index.feed.oai;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextTest {

    @Test
    void keepsEverythingXmlCanCarry() {
        String text = "Tab\there, line\nbreaks\r, 護理, Māori, emoji \uD83C\uDF93, <tags> & \"quotes\"";
        assertThat(XmlText.clean(text)).isSameAs(text);
    }

    @Test
    void replacesWhatXmlCannotCarry() {
        assertThat(XmlText.clean("a\u0000b\u0007c\u001Fd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(XmlText.clean("lone \uD800 high, lone \uDC00 low, \uFFFE")).isEqualTo("lone \uFFFD high, lone \uFFFD low, \uFFFD");
        assertThat(XmlText.clean("end \uD83C")).isEqualTo("end \uFFFD");
        assertThat(XmlText.clean(null)).isEmpty();
    }
}
