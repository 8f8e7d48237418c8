package org.nkrtimeline.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.E;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.WebTest;

/** Following a person, place or organisation: facets, entity pages, links in articles, related articles. */
class EntityPagesTest extends WebTest {

    @Test
    void theTimelineOffersEntityFacetsWithCounts() {
        Document page = getOk("/");

        Element shoigu = page.selectFirst("input#entity-sergei-shoigu[name=entity][value=sergei-shoigu]");
        assertThat(shoigu).isNotNull();
        assertThat(page.select("label[for=entity-sergei-shoigu]").text()).isEqualTo("Sergei Shoigu 3 articles");
        assertThat(page.select(".entities .facet-group-heading").eachText())
                .containsExactly("People", "Places", "Organisations");
    }

    @Test
    void entityFacetsCombineAsAllOfThem() {
        Document shoigu = getOk("/?entity=sergei-shoigu&view=articles");
        Document withLavrov = getOk("/?entity=sergei-shoigu&entity=sergei-lavrov&view=articles");

        assertThat(shoigu.select("article.entry").eachAttr("id"))
                .containsExactly("entry-" + E, "entry-" + A, "entry-" + C);
        assertThat(shoigu.select("input#entity-sergei-shoigu").hasAttr("checked"))
                .isTrue();
        assertThat(withLavrov.select("article.entry").eachAttr("id")).containsExactly("entry-" + E);
    }

    @Test
    void anUnknownEntityIsNamedAndIgnored() {
        Page page = get("/?entity=%3Cscript%3Ex&view=articles");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select(".notice").text())
                .contains("There is no person, place or organisation called <script>x;");
        assertThat(page.document().select(".notice q").text()).isEqualTo("<script>x");
        assertThat(page.html()).doesNotContain("<script>x");
        assertThat(page.document().select("article.entry")).hasSize(5);
    }

    @Test
    void tooManyEntitiesAreRefused() {
        StringBuilder path = new StringBuilder("/?entity=e0");
        for (int i = 1; i <= 20; i++) {
            path.append("&entity=e").append(i);
        }

        Page page = get(path.toString());

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.mainText())
                .contains("21 people, places or organisations were chosen; at most 20 can be combined.");
    }

    @Test
    void theEntityPageSaysWhoItIsAndListsTheArticlesThatMentionIt() {
        Document page = getOk("/entities/sergei-shoigu");

        assertThat(page.select("h1").text()).isEqualTo("Sergei Shoigu");
        assertThat(page.select(".entity-kind").text()).isEqualTo("Person");
        assertThat(page.select(".page-intro .intro").text()).isNotBlank();
        assertThat(page.select(".entity-count").text()).startsWith("Mentioned in 3 articles");
        assertThat(page.select("article.entry").eachAttr("id"))
                .containsExactly("entry-" + E, "entry-" + A, "entry-" + C);
        assertThat(page.select("article.entry .entry-headline a").first().attr("href"))
                .isEqualTo("/articles/" + E + "?entity=sergei-shoigu&view=articles");
    }

    @Test
    void theEntityPageListsTheEventsItsReportsNameItInTheLatestFirst() {
        Document page = getOk("/entities/sergei-shoigu");

        assertThat(page.select(".entity-events h2").text()).isEqualTo("Events");
        assertThat(page.select(".entity-events li a").eachAttr("href"))
                .containsExactly("/events/shoigu-visits-pyongyang-2025", "/events/kim-jong-un-visits-russia-2023");
        assertThat(page.select(".entity-events li").eachText())
                .satisfiesExactly(
                        first -> assertThat(first).contains("estimate").endsWith("1 report"),
                        second -> assertThat(second).contains("12 Sep 2023").endsWith("3 reports"));
        assertThat(page.select(".entity-events .group-note").text())
                .isEqualTo("Named in the reports of 2 events, the latest first.");
    }

    @Test
    void anEntityNoEventsReportIsInHasNoEventsSection() {
        assertThat(getOk("/entities/kim-il-sung-stadium").select(".entity-events"))
                .isEmpty();
    }

    @Test
    void anUnknownEntityPageIsA404() {
        Page page = get("/entities/nobody");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.mainText()).contains("No person, place or organisation has the address “nobody”.");
    }

    @Test
    void theIndexListsEveryEntityByKind() {
        Document page = getOk("/entities");

        assertThat(page.select("main h2").eachText()).containsExactly("People", "Places", "Organisations");
        assertThat(page.select(".entity-card h3 a").eachText())
                .contains("Kim Jong Un", "Sergei Shoigu", "Pyongyang", "Korean Central News Agency");
    }

    @Test
    void everyArticleMentioningShoiguIsTwoClicksFromTheTimeline() {
        String entitiesLink = getOk("/").select(".site-nav a:contains(People)").attr("href");
        String shoiguLink = getOk(entitiesLink)
                .select(".entity-card a:contains(Sergei Shoigu)")
                .attr("href");

        assertThat(getOk(shoiguLink).select("article.entry")).hasSize(3);
    }

    @Test
    void theArticleListsItsEntitiesAndLinksTheirFirstMentionOnly() {
        Document page = getOk("/articles/" + E);

        assertThat(page.select(".article-entities a[href=/entities/sergei-lavrov]"))
                .hasSize(1);
        assertThat(page.select(".article-body a.entity-link[href=/entities/vladimir-putin]"))
                .hasSize(1);
        assertThat(page.select(".article-body a.entity-link[href=/entities/kim-jong-un]"))
                .hasSize(1);
        assertThat(page.select(".article-body a.entity-link[href=/entities/sergei-shoigu]")
                        .text())
                .isEqualTo("Sergei Shoigu");
    }

    @Test
    void relatedArticlesComeWithTheirReason() {
        Document page = getOk("/articles/" + C);

        assertThat(page.select(".related-list li")).hasSize(3);
        assertThat(page.select(".related-list li a").eachAttr("href")).doesNotContain("/articles/" + C);
        assertThat(page.select(".related-list li:has(a[href=/articles/" + E + "]) .related-reason")
                        .text())
                .isEqualTo("Also about Sergei Shoigu");
    }
}
