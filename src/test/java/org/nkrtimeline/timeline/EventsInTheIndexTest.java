package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whoever changes who reports what (here SQL typed by hand, which no listener sees), the read index
 * learns of it through the outbox's triggers on event_report (V25), within 2 seconds; what it does not
 * hold (an event's slug and title) is on the timeline at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventsInTheIndexTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    @Autowired
    TimelineService timeline;

    @Autowired
    TimelineRepository repository;

    @Autowired
    JdbcClient jdbc;

    /** Each entry of the grouped timeline: its article, and the event it stands for ("-" for none). */
    private List<String> entries() {
        return timeline.timeline(TimelineFilter.ALL, TimelineCursor.FIRST_PAGE).entries().stream()
                .map(entry -> entry.slug() + " "
                        + (entry.event() == null ? "-" : entry.event().slug()))
                .toList();
    }

    private TimelineCounts counts() {
        return repository.countArticles(TimelineFilter.ALL, null).totals();
    }

    @Test
    void aReportTakenFromItsEventBecomesAnEntryOfItsOwnAndComesBack() {
        String reportOfD = """
                select r.article_id, r.event_id, r.role from event_report r
                join article a on a.id = r.article_id where a.slug = ?""";
        Map<String, Object> report =
                jdbc.sql(reportOfD).param(SeedArticles.D).query().singleRow();
        try {
            jdbc.sql("delete from event_report where article_id = ?")
                    .param(report.get("article_id"))
                    .update();

            await().atMost(WITHIN).until(() -> entries().contains(SeedArticles.D + " -"));
            assertThat(counts())
                    .extracting(TimelineCounts::entries, TimelineCounts::events, TimelineCounts::reports)
                    .containsExactly(3L, 2L, 4L);
        } finally {
            jdbc.sql("insert into event_report (article_id, event_id, role) values (?, ?, ?)")
                    .params(report.get("article_id"), report.get("event_id"), report.get("role"))
                    .update();
        }
        await().atMost(WITHIN)
                .until(() -> entries().contains(SeedArticles.D + " kim-condolences-crocus-city-hall-2024"));
        assertThat(counts())
                .extracting(TimelineCounts::entries, TimelineCounts::events, TimelineCounts::reports)
                .containsExactly(3L, 3L, 5L);
    }

    @Test
    void anEventsNewSlugIsOnTheTimelineAtOnceWithoutAReindex() {
        try {
            jdbc.sql("update event set slug = 'shoigu-in-pyongyang' where slug = 'shoigu-visits-pyongyang-2025'")
                    .update();

            // The index holds the event's id; its slug, title and dates are read from the database.
            assertThat(entries()).contains(SeedArticles.C + " shoigu-in-pyongyang");
        } finally {
            jdbc.sql("update event set slug = 'shoigu-visits-pyongyang-2025' where slug = 'shoigu-in-pyongyang'")
                    .update();
        }
        await().atMost(WITHIN).until(() -> entries().contains(SeedArticles.C + " shoigu-visits-pyongyang-2025"));
    }
}
