package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;
import static org.nkrtimeline.timeline.TimelineByEventTest.CONDOLENCES;
import static org.nkrtimeline.timeline.TimelineByEventTest.SHOIGU;
import static org.nkrtimeline.timeline.TimelineByEventTest.VISIT;
import static org.nkrtimeline.timeline.TimelineByEventTest.entries;
import static org.nkrtimeline.timeline.TimelineByEventTest.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Pages of one entry, so that the 2023 visit's three reports span page boundaries: each event is met
 * once, forwards and backwards, in every order, and the counts number entries.
 */
@TestPropertySource(properties = "timeline.page-size=1")
class TimelineByEventPagingTest extends WebTest {

    @Autowired
    JdbcClient jdbc;

    private long idOf(String slug) {
        return jdbc.sql("select id from article where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    /** Every entry from the first page on, following the "next" links; and the page ranges shown. */
    private List<String> forwards(String first, List<String> ranges) {
        List<String> all = new ArrayList<>();
        String link = first;
        for (int pages = 0; link != null && pages < 10; pages++) {
            Document page = getOk(link);
            all.addAll(entries(page));
            ranges.add(page.select(".page-range").text());
            String next = page.select(".timeline-pager a[rel=next]").attr("href");
            link = next.isEmpty() ? null : next;
        }
        return all;
    }

    @Test
    void pagingForwardsMeetsEachEventOnceWhereItsFirstReportStands() {
        List<String> ranges = new ArrayList<>();

        assertThat(forwards("/", ranges)).containsExactly("event:" + VISIT, "event:" + CONDOLENCES, "event:" + SHOIGU);
        assertThat(ranges).containsExactly("Showing entries 1–1.", "Showing entries 2–2.", "Showing entries 3–3.");
        // The page after the visit starts after its first report, 004, and skips the other two.
        assertThat(getOk("/").select(".timeline-pager a[rel=next]").attr("href"))
                .isEqualTo("/?after=" + idOf(E));
    }

    @Test
    void pagingBackwardsMeetsTheSameEntries() {
        Document second = getOk("/?after=" + idOf(E));
        assertThat(entries(second)).containsExactly("event:" + CONDOLENCES);
        assertThat(second.select(".timeline-pager a[rel=prev]").attr("href")).isEqualTo("/?before=" + idOf(D));

        Document first = getOk("/?before=" + idOf(D));
        assertThat(entries(first)).containsExactly("event:" + VISIT);
        assertThat(reports(first, VISIT)).containsExactly(E, B, A);
        assertThat(first.select(".timeline-pager a[rel=prev]")).isEmpty();
        assertThat(entries(getOk("/?before=" + idOf(C)))).containsExactly("event:" + CONDOLENCES);
    }

    @Test
    void newestFirstAnEventStandsWhereItsNewestReportDoes() {
        List<String> ranges = new ArrayList<>();

        assertThat(forwards("/?order=desc", ranges))
                .containsExactly("event:" + SHOIGU, "event:" + CONDOLENCES, "event:" + VISIT);
        Document last = getOk("/?order=desc&after=" + idOf(D));
        assertThat(reports(last, VISIT)).containsExactly(A, B, E);
        assertThat(entries(getOk("/?order=desc&before=" + idOf(A)))).containsExactly("event:" + CONDOLENCES);
    }

    @Test
    void byPublicationDateTheUndatedReportsEventComesLast() {
        assertThat(forwards("/?axis=published", new ArrayList<>()))
                .containsExactly("event:" + VISIT, "event:" + CONDOLENCES, "event:" + SHOIGU);
        assertThat(getOk("/?axis=published&after=" + idOf(D))
                        .select("#undated-heading")
                        .text())
                .isEqualTo("Undated");
    }

    @Test
    void byRelevanceAnEventStandsWhereItsBestReportDoesAndEachComesOnce() {
        List<String> ranges = new ArrayList<>();

        List<String> met = forwards("/?q=Kim+Putin&order=relevance", ranges);
        // The articles ranked one per entry, each replaced by its event, an event kept where it first
        // comes: where its best report ranks. (000 does not name Putin: four articles, three events.)
        List<String> byArticle = forwards("/?q=Kim+Putin&order=relevance&view=articles", new ArrayList<>());
        Map<String, String> eventOf = Map.of(A, VISIT, B, VISIT, E, VISIT, C, SHOIGU, D, CONDOLENCES);
        List<String> expected = byArticle.stream()
                .map(slug -> "event:" + eventOf.get(slug))
                .distinct()
                .toList();

        assertThat(byArticle).hasSize(4).doesNotContain(A);
        assertThat(met).isEqualTo(expected).hasSize(3).doesNotHaveDuplicates();
        assertThat(met).hasSize(ranges.size());
        for (int i = 0; i < ranges.size(); i++) {
            assertThat(ranges.get(i)).isEqualTo("Showing entries " + (i + 1) + "–" + (i + 1) + ".");
        }
    }

    @Test
    void oneEntryPerArticlePagesEveryArticle() {
        List<String> ranges = new ArrayList<>();

        assertThat(forwards("/?view=articles", ranges)).containsExactly(E, B, A, D, C);
        assertThat(ranges.get(1)).isEqualTo("Showing articles 2–2.");
        assertThat(getOk("/?view=articles")
                        .select(".timeline-pager a[rel=next]")
                        .attr("href"))
                .isEqualTo("/?view=articles&after=" + idOf(E));
    }
}
