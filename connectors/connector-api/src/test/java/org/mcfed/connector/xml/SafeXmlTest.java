package org.mcfed.connector.xml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeXmlTest {

    @Test
    void parsesAnOrdinaryDocument() throws Exception {
        byte[] xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><title>資歷</title></OAI-PMH>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(SafeXml.parse(xml).getDocumentElement().getTextContent()).isEqualTo("資歷");
    }

    @Test
    void refusesExternalEntitiesSoNoLocalFileIsRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><r>&x;</r>")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SafeXml.parse(xxe)).isInstanceOf(SAXException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void theStaxFactoryDoesNotResolveExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><r>&x;</r>")
                .getBytes(StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        try {
            XMLStreamReader r = SafeXml.xmlInputFactory().createXMLStreamReader(new ByteArrayInputStream(xxe));
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.CHARACTERS) {
                    text.append(r.getText());
                }
            }
        } catch (javax.xml.stream.XMLStreamException refused) {
            // refusing the undeclared entity is as good as not expanding it
        }
        assertThat(text.toString()).doesNotContain("TOP-SECRET");
    }
}
