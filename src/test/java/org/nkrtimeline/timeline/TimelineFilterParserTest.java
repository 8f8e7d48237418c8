package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimelineFilterParserTest {

    @Test
    void noParametersMeansTheWholeTimelineByEventDateOldestFirst() {
        assertThat(TimelineFilterParser.parse(Map.of())).isEqualTo(TimelineFilter.ALL);
    }

    @Test
    void readsEveryFilter() {
        TimelineFilter filter = TimelineFilterParser.parse(Map.of(
                "axis",
                List.of("published"),
                "from",
                List.of("2023-09-01"),
                "to",
                List.of("2024-12-31"),
                "order",
                List.of("desc"),
                "topic",
                List.of("space", "War-in-Ukraine", " space ")));

        assertThat(filter)
                .isEqualTo(new TimelineFilter(
                        Axis.PUBLISHED,
                        LocalDate.of(2023, 9, 1),
                        LocalDate.of(2024, 12, 31),
                        SortOrder.DESC,
                        List.of("space", "war-in-ukraine")));
    }

    @Test
    void blankValuesAsSentByAnEmptyFormMeanNoFilter() {
        assertThat(TimelineFilterParser.parse(Map.of("from", List.of(""), "to", List.of(" "), "topic", List.of(""))))
                .isEqualTo(TimelineFilter.ALL);
    }

    @Test
    void rejectsADateInTheWrongShape() {
        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("from", List.of("13/09/2023"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("“13/09/2023” in “from” is not a date in the form YYYY-MM-DD.");
    }

    @Test
    void rejectsADayThatIsNotInTheCalendar() {
        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("from", List.of("2023-13-45"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("“2023-13-45” in “from” is not a day in the calendar.")
                .extracting(e -> ((InvalidFilterException) e).hint())
                .isEqualTo("Write the date as YYYY-MM-DD, for example 2023-09-13.");
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() ->
                        TimelineFilterParser.parse(Map.of("from", List.of("2024-01-01"), "to", List.of("2023-01-01"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("The start date (2024-01-01) is after the end date (2023-01-01).");
    }

    @Test
    void rejectsUnknownAxesAndOrders() {
        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("axis", List.of("sideways"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("“sideways” is not a date axis.");
        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("order", List.of("random"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("“random” is not a sort order.");
    }

    @Test
    void rejectsOverlongValuesWithoutEchoingThem() {
        String huge = "x".repeat(5000);

        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("topic", List.of(huge))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("The value of “topic” is 5,000 characters long; no valid value is longer than 200.");
    }

    @Test
    void ignoresUnknownParametersOfOrdinaryLengthButNotHugeOnes() {
        assertThat(TimelineFilterParser.parse(Map.of("fbclid", List.of("x".repeat(300)))))
                .isEqualTo(TimelineFilter.ALL);
        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("junk", List.of("x".repeat(5000)))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("The address has a parameter of over 1,000 characters; this page does not use it.");
    }

    @Test
    void rejectsATopicThatLowercasesPastTheLimitSinceItsOwnLinksWouldBeRefused() {
        // "İ" lowercases to two characters: 200 typed, 201 in the slug that the page's links carry.
        String topic = "\u0130" + "x".repeat(199);

        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("topic", List.of(topic))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("The value of “topic” is 201 characters long; no valid value is longer than 200.");
    }

    @Test
    void rejectsControlCharactersSuchAsNul() {
        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("topic", List.of("space\u0000"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("The value of “topic” contains control characters; no valid value does.");
    }

    @Test
    void rejectsTheSameSingleValuedParameterTwice() {
        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("axis", List.of("event", "published"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("“axis” was given 2 times; it takes one value.");
    }

    @Test
    void ignoresParametersItDoesNotKnow() {
        assertThat(TimelineFilterParser.parse(Map.of("utm_source", List.of("newsletter"))))
                .isEqualTo(TimelineFilter.ALL);
    }

    @Test
    void limitsHowManyTopicsCanBeCombined() {
        List<String> many =
                java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList();

        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("topic", many)))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("21 topics were chosen; at most 20 can be combined.");
    }

    @Test
    void readsWhereAPageStarts() {
        assertThat(TimelineFilterParser.parseCursor(Map.of())).isEqualTo(TimelineCursor.FIRST_PAGE);
        assertThat(TimelineFilterParser.parseCursor(Map.of("after", List.of("42"))))
                .isEqualTo(new TimelineCursor(42L, null));
        assertThat(TimelineFilterParser.parseCursor(Map.of("before", List.of("7"))))
                .isEqualTo(new TimelineCursor(null, 7L));
    }

    @Test
    void rejectsPageCursorsThatAreNotArticleIds() {
        for (String bad : List.of("abc", "-1", "0", "1.5", "99999999999999999999")) {
            assertThatThrownBy(() -> TimelineFilterParser.parseCursor(Map.of("after", List.of(bad))))
                    .isInstanceOf(InvalidFilterException.class)
                    .hasMessage("“%s” in “after” is not a page of the timeline.", bad);
        }
        assertThatThrownBy(
                        () -> TimelineFilterParser.parseCursor(Map.of("after", List.of("1"), "before", List.of("2"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("“after” and “before” cannot be combined.");
    }

    @Test
    void readsTheSearchWithItsWhitespaceTidied() {
        TimelineFilter filter =
                TimelineFilterParser.parse(Map.of("q", List.of("  \"mutual   defense\"\u00a0 -drones ")));

        assertThat(filter.query()).isEqualTo("\"mutual defense\" -drones");
        assertThat(filter.hasQuery()).isTrue();
        assertThat(filter.queryString()).isEqualTo("q=%22mutual+defense%22+-drones");
    }

    @Test
    void aBlankSearchIsNoSearch() {
        assertThat(TimelineFilterParser.parse(Map.of("q", List.of("   "))).hasQuery())
                .isFalse();
        assertThat(TimelineFilterParser.parse(Map.of("q", List.of("\u00a0\u2003")))
                        .hasQuery())
                .isFalse();
        assertThat(TimelineFilterParser.isCanonical(Map.of("q", List.of("   "))))
                .isFalse();
        assertThat(TimelineFilterParser.isCanonical(Map.of("q", List.of("kim  putin"))))
                .isFalse();
        assertThat(TimelineFilterParser.isCanonical(Map.of("q", List.of("kim putin"))))
                .isTrue();
    }

    @Test
    void relevanceOrderNeedsASearch() {
        assertThat(TimelineFilterParser.parse(Map.of("order", List.of("relevance")))
                        .order())
                .isEqualTo(SortOrder.ASC);
        assertThat(TimelineFilterParser.isCanonical(Map.of("order", List.of("relevance"))))
                .isFalse();
        assertThat(TimelineFilterParser.parse(Map.of("order", List.of("relevance"), "q", List.of("kim")))
                        .order())
                .isEqualTo(SortOrder.RELEVANCE);
        assertThat(TimelineFilterParser.isCanonical(Map.of("order", List.of("relevance"), "q", List.of("kim"))))
                .isTrue();
    }

    @Test
    void readsEntitiesLikeTopics() {
        TimelineFilter filter = TimelineFilterParser.parse(
                Map.of("entity", List.of("Sergei-Shoigu", " sergei-shoigu", "", "pyongyang")));

        assertThat(filter.entities()).containsExactly("sergei-shoigu", "pyongyang");
        assertThat(filter.queryString()).isEqualTo("entity=sergei-shoigu&entity=pyongyang");
    }

    @Test
    void rejectsTooManyEntitiesAndARepeatedSearch() {
        List<String> many = java.util.stream.IntStream.rangeClosed(0, 20)
                .mapToObj(i -> "e" + i)
                .toList();

        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("entity", many)))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("21 people, places or organisations were chosen; at most 20 can be combined.");
        assertThatThrownBy(() -> TimelineFilterParser.parse(Map.of("q", List.of("kim", "putin"))))
                .isInstanceOf(InvalidFilterException.class)
                .hasMessage("“q” was given 2 times; it takes one value.");
    }
}
