package org.mcfed.deploy;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The images {@code deploy/images/pom.xml} builds: each Jib execution's id (the service) and its
 * {@code <to><image>}, with {@code ${image.tag}} resolved from the pom's properties.
 */
final class ImageDefinitions {

    private ImageDefinitions() {
    }

    static Map<String, String> read(Path pom) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
            String tag = doc.getElementsByTagName("image.tag").item(0).getTextContent().strip();
            Map<String, String> images = new HashMap<>();
            NodeList executions = doc.getElementsByTagName("execution");
            for (int i = 0; i < executions.getLength(); i++) {
                Element execution = (Element) executions.item(i);
                NodeList to = execution.getElementsByTagName("to");
                if (to.getLength() == 1) {
                    String id = execution.getElementsByTagName("id").item(0).getTextContent().strip();
                    String image = ((Element) to.item(0)).getElementsByTagName("image").item(0).getTextContent().strip();
                    images.put(id, image.replace("${image.tag}", tag));
                }
            }
            return images;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the image definitions in " + pom + ": " + e.getMessage(), e);
        }
    }
}
