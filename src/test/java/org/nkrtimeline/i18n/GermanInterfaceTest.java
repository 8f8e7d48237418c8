package org.nkrtimeline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The site started with spring.web.locale=de and the test's partial German messages: the interface
 * speaks German where a translation exists, English where not; dates use German month names and the
 * translation's pattern; the articles' own text is untouched.
 */
@TestPropertySource(properties = "spring.web.locale=de")
class GermanInterfaceTest extends WebTest {

    @Autowired
    JdbcClient jdbc;

    private String headlineOf(String slug) {
        return jdbc.sql("select headline from article where slug = ?")
                .param(slug)
                .query(String.class)
                .single();
    }

    @Test
    void theInterfaceIsTranslatedAndSaysItsLanguage() {
        Document page = getOk("/articles/" + SeedArticles.D);

        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(page.select(".site-nav a").eachText()).startsWith("Zeitleiste", "Themen", "Personen & Orte");
        assertThat(page.select("a.skip-link").text()).isEqualTo("Zum Inhalt springen");
        assertThat(page.select(".back").text()).isEqualTo("← Zurück zur Zeitleiste");
        assertThat(page.select(".date-row dt").eachText()).containsExactly("Ereignis", "Veröffentlicht");
        assertThat(page.select("title").text())
                .isEqualTo(headlineOf(SeedArticles.D) + " · North Korea–Russia relations");
    }

    @Test
    void datesUseTheTranslationsPatternAndGermanMonthNames() {
        Document article = getOk("/articles/" + SeedArticles.D);

        assertThat(article.select(".date-row").get(0).select("time").text()).isEqualTo("23. März 2024");
        assertThat(article.select(".date-row").get(1).text()).isEqualTo("Veröffentlicht 23. März 2024, am selben Tag");

        Document timeline = getOk("/");
        assertThat(timeline.select(".month-heading").eachText()).contains("September 2023", "März 2024", "März 2025");
        assertThat(timeline.select(".month-heading time").eachAttr("datetime")).contains("2024-03");
    }

    @Test
    void articleTextAndNamesStayAsTheSourceHasThem() {
        Document page = getOk("/articles/" + SeedArticles.D);
        String body = jdbc.sql("select body_text from article where slug = ?")
                .param(SeedArticles.D)
                .query(String.class)
                .single();

        assertThat(page.select("h1").text()).isEqualTo(headlineOf(SeedArticles.D));
        assertThat(page.select(".article-body p").first().text()).isNotBlank();
        assertThat(body.replaceAll("\\s+", " "))
                .contains(page.select(".article-body p").first().text());
        assertThat(page.select(".article-entities .chip").eachText())
                .anyMatch(chip -> chip.startsWith("Vladimir Putin"));
    }

    @Test
    void whatIsNotTranslatedFallsBackToEnglishNotToTheKey() {
        Document page = getOk("/topics");

        assertThat(page.select("h1").text()).isEqualTo("Themen");
        assertThat(page.select(".intro").text()).startsWith("Every article is filed under one or more topics.");
        assertThat(page.select(".topic-card .count").eachText()).allMatch(count -> count.matches("\\d+ Artikel"));
        assertThat(page.html()).doesNotContain("??");
    }

    @Test
    void aMalformedAddressIsExplainedInGerman() {
        Page page = get("/?from=13/09/2023");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.document().select("main").text())
                .contains("„13/09/2023“ in „from“ ist kein Datum der Form JJJJ-MM-TT.")
                .contains("Schreiben Sie das Datum als JJJJ-MM-TT, zum Beispiel 2023-09-13.");
    }

    @Test
    void theFeedSpeaksTheSitesLanguage() {
        Page feed = get("/feed.atom?axis=published");

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.html()).contains("xml:lang=\"de\"").contains("<title>Nach Veröffentlichungsdatum · ");
    }

    @Test
    void theReadersLanguageDoesNotChangeThePage() {
        Page asked = get("/topics", "Accept-Language", "en-GB,en;q=0.9");

        assertThat(asked.document().select("html").attr("lang")).isEqualTo("de");
        assertThat(asked.document().select("h1").text()).isEqualTo("Themen");
    }
}
