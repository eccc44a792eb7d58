package org.mcfed.index.feed.oai;

import org.junit.jupiter.api.Test;
import org.mcfed.col.json.ColJson;
import org.mcfed.col.record.AwardingBody;
import org.mcfed.col.record.ColRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Both metadata formats stay well-formed XML whatever a registry put in its text. */
class MetadataFormatTest {

    private static final ColRecord HOSTILE = ColRecord.builder()
            .id("pqr:000123")
            .title(Map.of("en", "<script>alert(1)</script> & \"more\"", "mi", "Te reo\u0007 Māori \uD800"))
            .description(Map.of("zh-Hant", "護理 ]]> <![CDATA[ x"))
            .issuerCountry("NZ")
            .awardingBody(AwardingBody.named("Ōtautahi & Co <Ltd>"))
            .languages(List.of("eng", "mri"))
            .updatedAt(Instant.parse("2025-03-01T10:00:00.5Z"))
            .build();

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return d.getDocumentElement();
    }

    private static String write(MetadataFormat format) {
        OaiXml xml = new OaiXml();
        xml.start("metadata");
        format.write(xml, HOSTILE);
        return xml.end().finish();
    }

    @Test
    void dublinCoreKeepsEveryLanguageAndEscapesMarkup() throws Exception {
        Element root = parse(write(MetadataFormat.OAI_DC));
        var titles = root.getElementsByTagNameNS(MetadataFormat.DC_NS, "title");
        assertThat(titles.getLength()).isEqualTo(2);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertThat(texts).contains("<script>alert(1)</script> & \"more\"", "Te reo\uFFFD Māori \uFFFD");
        assertThat(root.getElementsByTagNameNS(MetadataFormat.DC_NS, "publisher").item(0).getTextContent()).isEqualTo("Ōtautahi & Co <Ltd>");
        assertThat(root.getElementsByTagNameNS(MetadataFormat.DC_NS, "description").item(0).getTextContent()).isEqualTo("護理 ]]> <![CDATA[ x");
        assertThat(root.getElementsByTagNameNS(MetadataFormat.DC_NS, "date").item(0).getTextContent()).isEqualTo("2025-03-01");
    }

    @Test
    void colCarriesTheRecordAsTheFeedsJson() throws Exception {
        Element root = parse(write(MetadataFormat.COL));
        Element record = (Element) root.getElementsByTagNameNS(MetadataFormat.COL.namespace(), "record").item(0);
        assertThat(record.getAttribute("contentType")).isEqualTo("application/json");
        ColRecord back = ColJson.read(record.getTextContent());
        assertThat(back.id()).isEqualTo("pqr:000123");
        assertThat(back.title().get("en")).isEqualTo("<script>alert(1)</script> & \"more\"");
        assertThat(back.description()).isEqualTo(HOSTILE.description());
        assertThat(back.updatedAt()).isEqualTo(HOSTILE.updatedAt());
    }
}
