package org.nkrtimeline.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;

/**
 * oEmbed as its specification (https://oembed.com, 2.9 and 2.3.4) has it: a "rich" response with every
 * required field for the timeline, an event and an entity's page; maxwidth and maxheight respected;
 * 404 for what is not one of them, 501 for a format other than JSON, 400 for a malformed request.
 */
class OEmbedTest extends WebTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SITE = "http://localhost:8080";

    private Page oembed(String url, String more) {
        return get("/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + more);
    }

    private JsonNode ok(String url, String more) throws Exception {
        Page answer = oembed(url, more);
        assertThat(answer.status()).as(url).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return JSON.readTree(answer.html());
    }

    @Test
    void aFilteredTimelinesAddressGivesTheRichEmbedOfThatView() throws Exception {
        JsonNode embed = ok(SITE + "/?topic=space&order=desc", "&format=json");

        assertThat(embed.get("version").asText()).isEqualTo("1.0");
        assertThat(embed.get("type").asText()).isEqualTo("rich");
        assertThat(embed.get("provider_name").asText()).isEqualTo("North Korea–Russia relations");
        assertThat(embed.get("provider_url").asText()).isEqualTo(SITE + "/");
        assertThat(embed.get("title").asText()).isEqualTo("North Korea–Russia relations: a filtered timeline");
        assertThat(embed.get("html").asText())
                .isEqualTo("<iframe src=\"" + SITE + "/embed?order=desc&amp;topic=space\" title=\"North Korea–Russia "
                        + "relations: a filtered timeline\" width=\"640\" height=\"640\" style=\"border:0\" "
                        + "loading=\"lazy\"></iframe>");
        assertThat(embed.get("width").asInt()).isEqualTo(640);
        assertThat(embed.get("height").asInt()).isEqualTo(640);
        assertThat(embed.has("cache_age")).isFalse();
    }

    @Test
    void anEventAndAnEntityGiveTheirEmbedsTitledByName() throws Exception {
        JsonNode event = ok(SITE + "/events/kim-jong-un-visits-russia-2023", "");
        JsonNode entity = ok(SITE + "/entities/sergei-shoigu", "");

        assertThat(event.get("title").asText()).isEqualTo("Kim Jong Un visits Russia and meets Putin at Vostochny");
        assertThat(event.get("html").asText())
                .contains("src=\"" + SITE + "/embed/events/kim-jong-un-visits-russia-2023\"");
        assertThat(entity.get("title").asText()).isEqualTo("Sergei Shoigu");
        assertThat(entity.get("html").asText())
                .contains("src=\"" + SITE + "/embed?entity=sergei-shoigu&amp;view=articles\"");
    }

    @Test
    void theConsumersLargestSizeIsRespected() throws Exception {
        JsonNode small = ok(SITE + "/", "&maxwidth=300&maxheight=200");
        JsonNode large = ok(SITE + "/", "&maxwidth=3000");

        assertThat(small.get("width").asInt()).isEqualTo(300);
        assertThat(small.get("height").asInt()).isEqualTo(200);
        assertThat(small.get("html").asText()).contains("width=\"300\" height=\"200\"");
        assertThat(large.get("width").asInt()).isEqualTo(640);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/?topic=space",
                SITE + ".evil.example/",
                SITE + "/articles/" + SeedArticles.C,
                SITE + "/events/no-such-event",
                SITE + "/entities/no-such-entity",
                SITE + "/?from=2024-02-30",
                SITE + "/editor",
                "not a url at all"
            })
    void anAddressThatIsNotAnEmbeddablePageOfThisSiteIsNotFound(String url) {
        assertThat(oembed(url, "").status()).as(url).isEqualTo(404);
    }

    @Test
    void onlyJsonIsImplementedAndAMalformedRequestIsRefused() {
        assertThat(oembed(SITE + "/", "&format=xml").status()).isEqualTo(501);
        assertThat(get("/oembed").status()).isEqualTo(400);
        assertThat(get("/oembed?url=").status()).isEqualTo(400);
        assertThat(oembed(SITE + "/", "&maxwidth=-5").status()).isEqualTo(400);
        assertThat(oembed(SITE + "/", "&maxheight=%3Cb%3E").status()).isEqualTo(400);
        assertThat(get("/oembed?url=" + "x".repeat(3000)).status()).isEqualTo(400);
    }
}
