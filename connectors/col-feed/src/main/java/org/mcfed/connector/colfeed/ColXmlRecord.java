package org.mcfed.connector.colfeed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mcfed.col.record.ColRecord;
import org.w3c.dom.Element;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The COL record written as XML elements in namespace {@code urn:mcfed:col-record:v1}, read into
 * its COL JSON form so that the one validator judges it. The element names are the COL JSON member
 * names; the shape follows the Java record ({@link ColRecord} and its parts): a list is the element
 * repeated (absent: empty, as XML cannot tell an empty list from none), a language map ({@code title},
 * {@code description}, {@code learningOutcomesByLanguage})
 * is the element repeated with {@code xml:lang}, a part ({@code awardingBody}) has child elements,
 * a number stays text when it is not one (the validator then says so). Unknown elements are ignored,
 * as unknown JSON members are.
 */
final class ColXmlRecord {

    static final String NAMESPACE = "urn:mcfed:col-record:v1";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ColXmlRecord() {
    }

    /** The JSON form of a {@code <col:record>} element that has element children. */
    static ObjectNode toJson(Element record) {
        return object(record, ColRecord.class);
    }

    private static ObjectNode object(Element parent, Class<?> type) {
        ObjectNode out = NODES.objectNode();
        for (RecordComponent component : type.getRecordComponents()) {
            List<Element> found = ChildElements.named(parent, NAMESPACE, component.getName());
            if (!found.isEmpty()) {
                out.set(component.getName(), value(found, component.getGenericType()));
            } else if (component.getType() == List.class) {
                out.putArray(component.getName());
            }
        }
        return out;
    }

    private static JsonNode value(List<Element> elements, Type type) {
        Class<?> raw = rawClass(type);
        if (List.class.isAssignableFrom(raw)) {
            ArrayNode array = NODES.arrayNode();
            elements.forEach(e -> array.add(value(List.of(e), typeArgument(type, 0))));
            return array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            ObjectNode map = NODES.objectNode();
            Type valueType = typeArgument(type, 1);
            for (Element e : elements) {
                String lang = e.getAttributeNS(XML_NS, "lang").strip();
                JsonNode v = value(List.of(e), List.class.isAssignableFrom(rawClass(valueType)) ? typeArgument(valueType, 0) : valueType);
                if (List.class.isAssignableFrom(rawClass(valueType))) {
                    JsonNode list = map.get(lang);
                    (list instanceof ArrayNode a ? a : map.putArray(lang)).add(v);
                } else {
                    map.set(lang, v);
                }
            }
            return map;
        }
        Element e = elements.get(0);
        if (raw.isRecord()) {
            return object(e, raw);
        }
        String text = e.getTextContent().strip();
        if (Number.class.isAssignableFrom(raw)) {
            try {
                return NODES.numberNode(new BigDecimal(text));
            } catch (NumberFormatException notANumber) {
                return NODES.textNode(text);
            }
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return text.equals("true") || text.equals("false") ? NODES.booleanNode(Boolean.parseBoolean(text)) : NODES.textNode(text);
        }
        return NODES.textNode(text);
    }

    private static Class<?> rawClass(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type typeArgument(Type type, int i) {
        return ((ParameterizedType) type).getActualTypeArguments()[i];
    }
}
