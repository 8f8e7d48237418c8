package org.nkrtimeline.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptDataSerializerTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "</script><script>alert(1)</script>",
                "<!--<script>",
                "a & b > c",
                "it's \"quoted\"",
                "line\u2028separator\u2029paragraph",
                "back\\slash",
                "</SCRIPT >",
                "]]>",
                "ünïcødé — 北朝鮮 🇰🇵"
            })
    void anyTextComesBackFromJsonUnchangedWithNothingHtmlCouldReadAsMarkup(String text) throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("headline", text);
        value.put("list", List.of(text));

        String json = ScriptDataSerializer.toJson(value);

        assertThat(json).doesNotContain("<", ">", "&", "'", "/", "\u2028", "\u2029");
        JsonNode parsed = new ObjectMapper().readTree(json);
        assertThat(parsed.get("headline").asText()).isEqualTo(text);
        assertThat(parsed.get("list").get(0).asText()).isEqualTo(text);
    }

    @Test
    void theCharactersAreWrittenAsUnicodeEscapes() {
        assertThat(ScriptDataSerializer.toJson(List.of("</a>&'")))
                .isEqualTo("[\"\\u003C\\u002Fa\\u003E\\u0026\\u0027\"]");
    }

    @Test
    void thymeleafsWriterIsWrittenToAndLeftOpen() {
        StringWriter page = new StringWriter();
        new ScriptDataSerializer().serializeValue(Map.of("@type", "NewsArticle"), page);
        page.write(" and more");

        assertThat(page).hasToString("{\"@type\":\"NewsArticle\"} and more");
    }
}
