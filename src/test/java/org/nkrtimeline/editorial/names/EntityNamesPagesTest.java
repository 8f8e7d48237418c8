package org.nkrtimeline.editorial.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.C;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.entity.Gazetteer;
import org.nkrtimeline.entity.MentionedEntity;
import org.nkrtimeline.entity.Script;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editors' pages of the gazetteer over real HTTP (issue 19): a new entity tags the articles that
 * name it; ICU4J's proposals are shown and used only once an editor confirms them, with a source; a
 * confirmed spelling is searched and recognised at once; whatever cannot be a name is refused with a
 * reason and a 400, and nothing is stored. Editorial.reset removes what the tests added.
 */
class EntityNamesPagesTest extends EditorWebTest {

    private static final String LIST = "/editor/entities";
    private static final String EXHIBITION = "/editor/entities/international-friendship-exhibition";
    private static final String EXHIBITION_SLUG = "international-friendship-exhibition";
    private static final String OWN_FORM = "form[action=" + EXHIBITION + "/spellings]:has(#spelling)";
    private static final String IN_RUSSIAN = "Международная выставка дружбы";
    private static final String SPELLINGS_OF = """
            select a.alias from entity_alias a join entity e on e.id = a.entity_id
            where e.slug = ? order by a.alias""";
    private static final String ENTITIES_OF = """
            select e.slug from article_entity ae join entity e on e.id = ae.entity_id
            join article a on a.id = ae.article_id where a.slug = ? order by e.slug""";

    @Autowired
    private Gazetteer gazetteer;

    private EditorSession editor;

    @BeforeEach
    void signIn() {
        editor = newEditor("names-editor");
    }

    @Test
    void anEntityAddedByAnEditorTagsTheArticlesThatNameItAtOnce() {
        Document list = editor.getOk(LIST);
        assertThat(list.select("table a").eachText())
                .contains("Alexander Matsegora")
                .doesNotContain("Russian Security Council");

        Page added = editor.submit(
                list,
                "form[action=/editor/entities]",
                Map.of(
                        "name", " Russian  Security Council ",
                        "kind", "ORGANISATION",
                        "description", "Russia's council of the heads of its security, defence and foreign services."));

        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).isEqualTo("/editor/entities/russian-security-council");
        Document page = editor.getOk(added.location());
        assertThat(page.select("h1").text()).isEqualTo("Russian Security Council");
        assertThat(page.select(".notice").text())
                .isEqualTo("Added “Russian Security Council”. 1 article that may name it was read again.");
        assertThat(jdbc.sql(ENTITIES_OF).param(C).query(String.class).list()).contains("russian-security-council");
        assertThat(jdbc.sql("select added_by is not null and added_at is not null from entity where slug = ?")
                        .param("russian-security-council")
                        .query(Boolean.class)
                        .single())
                .as("who added it is kept")
                .isTrue();
        Document entityPage = getOk("/entities/russian-security-council");
        assertThat(entityPage.select("article.entry .entry-headline a").eachAttr("href"))
                .singleElement()
                .asString()
                .startsWith("/articles/" + C);
    }

    @Test
    void proposalsAreShownButNothingUnconfirmedIsUsed() {
        List<String> before = jdbc.sql(SPELLINGS_OF)
                .param(EXHIBITION_SLUG)
                .query(String.class)
                .list();

        Document page = editor.getOk(EXHIBITION);

        List<String> proposed =
                page.select("form.proposal input[name=spelling]").eachAttr("value");
        assertThat(proposed)
                .map(spelling -> Script.of(spelling).orElseThrow())
                .containsExactlyInAnyOrder(Script.CYRILLIC, Script.HANGUL);
        assertThat(page.select("form.proposal .proposal-from").eachText())
                .allMatch(from -> from.startsWith("From “International Friendship Exhibition” by ICU4J"));
        assertThat(jdbc.sql(SPELLINGS_OF)
                        .param(EXHIBITION_SLUG)
                        .query(String.class)
                        .list())
                .isEqualTo(before);
        for (String spelling : proposed) {
            Document search = search(spelling);
            assertThat(search.select(".also-searched")).as(spelling).isEmpty();
            assertThat(search.select("article.entry")).as(spelling).isEmpty();
            assertThat(gazetteer.named("", List.of(spelling))).as(spelling).isEmpty();
        }
    }

    @Test
    void aCorrectedProposalConfirmedWithItsSourceIsSearchedAndRecognisedAtOnce() {
        Document page = editor.getOk(EXHIBITION);
        Element cyrillic = page.select("form.proposal input[name=spelling]").stream()
                .filter(input -> Script.of(input.val()).orElse(null) == Script.CYRILLIC)
                .findFirst()
                .orElseThrow();

        Page confirmed = editor.submit(
                page,
                "form.proposal:has(#" + cyrillic.id() + ")",
                Map.of(
                        "spelling",
                        IN_RUSSIAN,
                        "source",
                        "https://ru.wikipedia.org/wiki/Международная_выставка_дружбы"));

        assertThat(confirmed.status()).as(confirmed.html()).isEqualTo(302);
        Document after = editor.getOk(EXHIBITION);
        assertThat(after.select(".notice").text()).isEqualTo("Confirmed “" + IN_RUSSIAN + "”. No article may name it.");
        Element row = after.select("table.spellings tr:has(td[lang=ru])").first();
        assertThat(row).isNotNull();
        assertThat(row.select("td").eachText().subList(0, 3))
                .containsExactly(
                        IN_RUSSIAN,
                        "Cyrillic",
                        "https://ru.wikipedia.org/wiki/Международная_выставка_дружбы (proposed by ICU4J Latin-Cyrillic, "
                                + "after English-to-ISO 9 rules from “International Friendship Exhibition”)");
        assertThat(row.select("td").get(3).text()).startsWith("names-editor,");
        assertThat(jdbc.sql("select variant from entity_alias where alias = ?")
                        .param(IN_RUSSIAN)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        Document found = search(IN_RUSSIAN);
        assertThat(found.select(".also-searched").text()).contains("International Friendship Exhibition");
        assertThat(found.select("article.entry .entry-headline a").eachAttr("href"))
                .singleElement()
                .asString()
                .startsWith("/articles/" + A);
        assertThat(gazetteer.named("", List.of("Подарки хранятся в Международная выставка дружбы.")))
                .extracting(mentioned -> mentioned.entity().slug())
                .containsExactly(EXHIBITION_SLUG);
    }

    @Test
    void aRemovedSpellingIsNoLongerSearchedAndTheNameCannotBeRemoved() {
        editor.submit(
                editor.getOk(EXHIBITION),
                OWN_FORM,
                Map.of("spelling", "Выставка дружбы", "source", "ru.wikipedia.org"));
        assertThat(search("Выставка дружбы").select(".also-searched")).isNotEmpty();

        Page removed = editor.submit(
                editor.getOk(EXHIBITION),
                "form:has(button[aria-label=Remove the spelling “Выставка дружбы”])",
                Map.of());

        assertThat(removed.status()).isEqualTo(302);
        assertThat(editor.getOk(EXHIBITION).select(".notice").text()).startsWith("Removed “Выставка дружбы”.");
        assertThat(jdbc.sql(SPELLINGS_OF)
                        .param(EXHIBITION_SLUG)
                        .query(String.class)
                        .list())
                .doesNotContain("Выставка дружбы")
                .contains("International Friendship Exhibition");
        assertThat(search("Выставка дружбы").select(".also-searched")).isEmpty();
        Page name = editor.post(
                EXHIBITION + "/spellings/remove",
                List.of(Map.entry("_csrf", csrf()), Map.entry("spelling", "International Friendship Exhibition")));
        assertThat(editor.getOk(name.location()).select(".notice").text())
                .isEqualTo("That spelling was removed already.");
        assertThat(jdbc.sql(SPELLINGS_OF)
                        .param(EXHIBITION_SLUG)
                        .query(String.class)
                        .list())
                .contains("International Friendship Exhibition");
        assertThat(editor.getOk(EXHIBITION)
                        .select("button[aria-label=Remove the spelling “International Friendship Exhibition”]"))
                .as("the name has no remove button")
                .isEmpty();
    }

    @Test
    void anArticleWhoseEntitiesAnEditorChoseByHandKeepsThem() {
        long c = jdbc.sql("select id from article where slug = ?")
                .param(C)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into article_change (article_id, article_version, field, old_value, new_value)
                values (?, 1, 'ENTITIES', 'a', 'b')""").param(c).update();
        List<String> before = jdbc.sql(ENTITIES_OF).param(C).query(String.class).list();

        Page added = editor.submit(
                editor.getOk(LIST),
                "form[action=/editor/entities]",
                Map.of(
                        "name",
                        "Russian Security Council",
                        "kind",
                        "ORGANISATION",
                        "description",
                        "Russia's security council."));

        assertThat(editor.getOk(added.location()).select(".notice").text())
                .isEqualTo("Added “Russian Security Council”. No article may name it. "
                        + "1 article whose entities an editor chose by hand kept them.");
        assertThat(jdbc.sql(ENTITIES_OF).param(C).query(String.class).list()).isEqualTo(before);
    }

    @Test
    void aSpellingAddedBySqlReachesSearchAndTheRecogniserWithinTwoSeconds() {
        jdbc.sql("""
                insert into entity_alias (entity_id, alias, variant, script, source)
                select id, 'Выставка дружбы', true, 'cyrillic', 'typed by hand' from entity
                where slug = 'international-friendship-exhibition'
                """).update();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
                assertThat(search("Выставка дружбы").select(".also-searched").text())
                        .contains("International Friendship Exhibition");
                assertThat(gazetteer.named("", List.of("Там Выставка дружбы.")))
                        .extracting(MentionedEntity::mentions)
                        .containsExactly(1);
            });
        } finally {
            jdbc.sql("delete from entity_alias where alias = 'Выставка дружбы'").update();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "Ким Jong",
                "<script>alert(1)</script>",
                "Шойгу",
                "International Friendship Exhibition",
                "a\u0000b",
                "Выставка выставка выставка выставка выставка выставка "
                        + "выставка выставка выставка выставка выставка выставка"
            })
    void aSpellingThatCannotBeANewNameIsRefusedWithAReasonAndNothingIsStored(String spelling) {
        List<String> before = jdbc.sql(SPELLINGS_OF)
                .param(EXHIBITION_SLUG)
                .query(String.class)
                .list();

        Page refused = editor.submit(editor.getOk(EXHIBITION), OWN_FORM, Map.of("spelling", spelling, "source", "x"));

        assertThat(refused.status()).isEqualTo(400);
        Document page = Jsoup.parse(refused.html());
        assertThat(page.select(".form-problem").text()).isNotBlank();
        assertThat(refused.html()).doesNotContain("<script>alert");
        assertThat(jdbc.sql(SPELLINGS_OF)
                        .param(EXHIBITION_SLUG)
                        .query(String.class)
                        .list())
                .isEqualTo(before);
    }

    @Test
    void aSpellingOfAnotherEntityIsRefusedByName() {
        Page refused = editor.submit(editor.getOk(EXHIBITION), OWN_FORM, Map.of("spelling", "Шойгу", "source", "x"));

        assertThat(Jsoup.parse(refused.html()).select(".form-problem").text())
                .isEqualTo("“Шойгу” already names Sergei Shoigu: one spelling names one entity.");
    }

    @Test
    void aSpellingWithoutItsSourceIsRefused() {
        Page refused =
                editor.submit(editor.getOk(EXHIBITION), OWN_FORM, Map.of("spelling", "Выставка дружбы", "source", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.html()).select(".form-problem").text())
                .isEqualTo("Name the source of this spelling: where it is written so.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name=|kind=PERSON|description=x",
                "name=김정은|kind=PERSON|description=x",
                "name=Vladimir Putin|kind=PERSON|description=x",
                "name=New Person|kind=GOD|description=x",
                "name=New Person|kind=PERSON|description= ",
                "name=<b>x</b>|kind=PERSON|description=x"
            })
    void anEntityThatCannotBeAddedIsRefusedWithAReasonAndNothingIsStored(String fields) {
        int entities =
                jdbc.sql("select count(*) from entity").query(Integer.class).single();
        Map<String, String> values = new HashMap<>();
        for (String field : fields.split("\\|")) {
            values.put(field.substring(0, field.indexOf('=')), field.substring(field.indexOf('=') + 1));
        }

        Page refused = editor.submit(editor.getOk(LIST), "form[action=/editor/entities]", values);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.html()).select(".form-problem").text()).isNotBlank();
        assertThat(refused.html()).doesNotContain("<b>x</b>");
        assertThat(jdbc.sql("select count(*) from entity").query(Integer.class).single())
                .isEqualTo(entities);
    }

    @Test
    void anUnknownEntityIsA404AndTheListNeedsAnEditor() {
        assertThat(editor.get("/editor/entities/no-such-entity").status()).isEqualTo(404);
        assertThat(editor.post(
                                "/editor/entities/no-such-entity/spellings",
                                List.of(
                                        Map.entry("_csrf", csrf()),
                                        Map.entry("spelling", "x"),
                                        Map.entry("source", "y")))
                        .status())
                .isEqualTo(404);
        assertThat(EditorSession.anonymous(port).get(LIST).status()).isEqualTo(302);
    }

    private String csrf() {
        return editor.getOk(LIST).select("input[name=_csrf]").first().val();
    }

    private Document search(String query) {
        return getOk("/?view=articles&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
}
