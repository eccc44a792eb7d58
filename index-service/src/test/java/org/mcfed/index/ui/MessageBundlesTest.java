package org.mcfed.index.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI language's bundle has exactly the keys of en.json, none blank, with the same placeholders. */
class MessageBundlesTest {

    private static final String DIR = "META-INF/resources/assets/i18n/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyBundleHasExactlyTheKeysOfEnglishWithTheSamePlaceholdersAndNoBlankMessage() throws IOException {
        Map<String, String> english = bundle("en");
        List<String> tags = new ArrayList<>();
        read("languages.json").get("languages").forEach(l -> tags.add(l.get("tag").asText()));
        assertThat(tags).containsExactly("en", "zh-Hant", "zh-Hans", "ms");
        for (String tag : tags) {
            Map<String, String> messages = bundle(tag);
            assertThat(messages.keySet()).as(tag).containsExactlyInAnyOrderElementsOf(english.keySet());
            messages.forEach((key, text) -> {
                assertThat(text).as(tag + " " + key).isNotBlank();
                assertThat(placeholders(text)).as(tag + " " + key + " placeholders").isEqualTo(placeholders(english.get(key)));
            });
        }
    }

    @Test
    void theTranslationsAreNotEnglishLeftInPlace() throws IOException {
        Map<String, String> english = bundle("en");
        for (String tag : List.of("zh-Hant", "zh-Hans", "ms")) {
            Map<String, String> messages = bundle(tag);
            assertThat(messages.get("mode.online")).as(tag).isNotEqualTo(english.get("mode.online"));
            // a few words are the same in Malay (Status, Portfolio, Tamil); a forgotten copy of en.json is not
            long same = english.keySet().stream().filter(k -> english.get(k).equals(messages.get(k)) && english.get(k).matches(".*[a-z]{4,}.*")).count();
            assertThat(same).as(tag + ": messages with English words identical to en.json").isLessThan(english.size() / 20);
        }
        assertThat(bundle("ms").get("mode.online")).isEqualTo("Dalam talian");
        assertThat(bundle("zh-Hant").get("nav.search")).isEqualTo("搜尋");
        assertThat(bundle("zh-Hans").get("nav.search")).isEqualTo("搜索");
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, String> bundle(String tag) throws IOException {
        JsonNode node = read(tag + ".json");
        Map<String, String> messages = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertThat(e.getValue().isTextual()).as(tag + " " + e.getKey() + " is a string").isTrue();
            messages.put(e.getKey(), e.getValue().asText());
        }
        return messages;
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(DIR + file)) {
            assertThat(in).as(DIR + file).isNotNull();
            return JSON.readTree(in);
        }
    }
}
