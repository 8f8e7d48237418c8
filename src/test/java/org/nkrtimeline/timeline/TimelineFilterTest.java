package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineFilterTest {

    @Test
    void theUnfilteredTimelineHasNoQueryString() {
        assertThat(TimelineFilter.ALL.queryString()).isEmpty();
        assertThat(TimelineFilter.ALL.link("/")).isEqualTo("/");
    }

    @Test
    void linksCarryOnlyTheParametersThatDifferFromTheDefaults() {
        TimelineFilter filter = new TimelineFilter(
                Axis.PUBLISHED, LocalDate.of(2023, 9, 1), null, SortOrder.ASC, List.of("space", "war-in-ukraine"));

        assertThat(filter.link("/articles/x"))
                .isEqualTo("/articles/x?axis=published&from=2023-09-01&topic=space&topic=war-in-ukraine");
    }

    @Test
    void topicValuesAreUrlEncoded() {
        TimelineFilter filter = TimelineFilter.ALL.withTopics(List.of("a&b=<c>"));

        assertThat(filter.queryString()).isEqualTo("topic=a%26b%3D%3Cc%3E");
    }

    @Test
    void aQueryStringParsesBackToTheSameFilter() {
        TimelineFilter filter = new TimelineFilter(
                Axis.PUBLISHED, LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 1), SortOrder.DESC, List.of("space"));

        assertThat(TimelineFilterParser.parse(Map.of(
                        "axis",
                        List.of("published"),
                        "from",
                        List.of("2023-09-01"),
                        "to",
                        List.of("2024-01-01"),
                        "order",
                        List.of("desc"),
                        "topic",
                        List.of("space"))))
                .isEqualTo(filter);
        assertThat(filter.queryString())
                .isEqualTo("axis=published&from=2023-09-01&to=2024-01-01&order=desc&topic=space");
    }
}
