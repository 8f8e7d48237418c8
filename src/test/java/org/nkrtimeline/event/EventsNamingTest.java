package org.nkrtimeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An entity's latest events are the same whichever way they are found: from its articles, or by walking the events. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EventRepository.class)
class EventsNamingTest {

    @Autowired
    EventRepository events;

    @Autowired
    JdbcClient jdbc;

    private long id(String slug) {
        return jdbc.sql("select id from entity where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
    }

    private List<String> slugs(EventsNaming naming) {
        return naming.events().stream().map(summary -> summary.event().slug()).toList();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, EventRepository.FEW_ARTICLES})
    void theLatestEventsNamingShoiguNewestFirstWithTheirReports(long articles) {
        EventsNaming naming = events.findPublicEventsNaming(id("sergei-shoigu"), articles, 10);

        assertThat(slugs(naming)).containsExactly("shoigu-visits-pyongyang-2025", "kim-jong-un-visits-russia-2023");
        assertThat(naming.events()).extracting(EventSummary::reports).containsExactly(1, 3);
        assertThat(naming.more()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, EventRepository.FEW_ARTICLES})
    void aShortListSaysThereAreMore(long articles) {
        EventsNaming naming = events.findPublicEventsNaming(id("kim-jong-un"), articles, 2);

        assertThat(slugs(naming))
                .containsExactly("shoigu-visits-pyongyang-2025", "kim-condolences-crocus-city-hall-2024");
        assertThat(naming.more()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, EventRepository.FEW_ARTICLES})
    void anEntityNoReportNamesHasNoEvents(long articles) {
        EventsNaming naming = events.findPublicEventsNaming(id("kim-il-sung-stadium"), articles, 10);

        assertThat(naming.events()).isEmpty();
        assertThat(naming.more()).isFalse();
    }
}
