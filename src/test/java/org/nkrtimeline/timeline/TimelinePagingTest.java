package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** The timeline of one entry per article in pages of two, so that the five seed articles make three pages. */
@TestPropertySource(properties = "timeline.page-size=2")
class TimelinePagingTest extends WebTest {

    @Autowired
    JdbcClient jdbc;

    private long idOf(String slug) {
        return jdbc.sql("select id from article where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private static List<String> slugs(Document page) {
        return page.select(".entry").eachAttr("id").stream()
                .map(id -> id.substring("entry-".length()))
                .toList();
    }

    @Test
    void theTimelineIsShownInPagesWithNewerAndOlderLinks() {
        Document first = getOk("/?view=articles");
        assertThat(slugs(first)).containsExactly(E, B);
        assertThat(first.select(".page-range").text()).isEqualTo("Showing articles 1–2.");
        assertThat(first.select(".result-count").text()).startsWith("5 of 5 articles");
        assertThat(first.select(".timeline-pager a[rel=prev]")).isEmpty();
        assertThat(first.select(".timeline-pager a[rel=next]").attr("href"))
                .isEqualTo("/?view=articles&after=" + idOf(B));
        assertThat(first.select(".timeline-pager a[rel=next]").text()).isEqualTo("Next page Newer articles");

        Document second = getOk("/?view=articles&after=" + idOf(B));
        assertThat(slugs(second)).containsExactly(A, D);
        assertThat(second.select(".page-range").text()).isEqualTo("Showing articles 3–4.");
        assertThat(second.select(".year-heading").eachText()).containsExactly("2023", "2024");
        assertThat(second.select(".timeline-pager a[rel=prev]").attr("href"))
                .isEqualTo("/?view=articles&before=" + idOf(A));
        assertThat(second.select(".timeline-pager a[rel=next]").attr("href"))
                .isEqualTo("/?view=articles&after=" + idOf(D));

        Document third = getOk("/?view=articles&after=" + idOf(D));
        assertThat(slugs(third)).containsExactly(C);
        assertThat(third.select(".page-range").text()).isEqualTo("Showing articles 5–5.");
        assertThat(third.select(".timeline-pager a[rel=next]")).isEmpty();

        assertThat(slugs(getOk("/?view=articles&before=" + idOf(A)))).containsExactly(E, B);
    }

    @Test
    void pageLinksKeepTheFilters() {
        Document first = getOk("/?order=desc&topic=war-in-ukraine&view=articles");

        assertThat(slugs(first)).containsExactly(C, D);
        assertThat(first.select(".timeline-pager a[rel=next]").attr("href"))
                .isEqualTo("/?order=desc&topic=war-in-ukraine&view=articles&after=" + idOf(D));
        assertThat(first.select(".timeline-pager a[rel=next]").text()).isEqualTo("Next page Older articles");
        assertThat(slugs(getOk("/?order=desc&topic=war-in-ukraine&view=articles&after=" + idOf(D))))
                .containsExactly(E);
    }

    @Test
    void aPageLinkPastTheEndLeadsBackToTheFirstPage() {
        Page page = get("/?topic=space&after=" + idOf(B));

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/?topic=space");
    }

    @Test
    void badPageCursorsGetABadRequestPage() {
        assertThat(get("/?after=abc").status()).isEqualTo(400);
        assertThat(get("/?after=1&before=2").document().select(".error-detail").text())
                .isEqualTo("“after” and “before” cannot be combined.");
    }

    @Test
    void theArticlePagesBackLinkReturnsToAPageThatShowsTheArticle() {
        Document article = get("/articles/" + D + "?view=articles").document();
        String back = article.select(".back a").attr("href");

        assertThat(back).isEqualTo("/?view=articles&after=" + idOf(B) + "#entry-" + D);
        assertThat(slugs(getOk(back.substring(0, back.indexOf('#'))))).contains(D);
    }

    @Test
    void groupedByEventTheBackLinkReturnsToThePageOfTheArticlesEventEntry() {
        // A is the visit's last report; its entry stands where the first, E, does: on the first page.
        String back = get("/articles/" + A).document().select(".back a").attr("href");

        assertThat(back).isEqualTo("/#event-kim-jong-un-visits-russia-2023");
        assertThat(getOk("/")
                        .select("#event-kim-jong-un-visits-russia-2023 .event-reports a[href^=/articles/" + A + "]"))
                .hasSize(1);
        assertThat(get("/articles/" + D).document().select(".back a").attr("href"))
                .isEqualTo("/?after=" + idOf(B) + "#event-kim-condolences-crocus-city-hall-2024");
        assertThat(getOk("/?after=" + idOf(B)).select("#event-kim-condolences-crocus-city-hall-2024"))
                .hasSize(1);
    }
}
