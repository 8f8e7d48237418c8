package org.nkrtimeline.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleDatesTest {

    private static ArticleDates dates(
            LocalDate event, DatePrecision precision, boolean estimated, LocalDate published) {
        return new ArticleDates(event, precision, estimated, estimated ? "why" : null, null, published, null);
    }

    @Test
    void showsBothDatesAndTheLagBetweenThem() {
        ArticleDates dates = dates(LocalDate.of(2023, 9, 13), DatePrecision.DAY, false, LocalDate.of(2023, 11, 12));

        assertThat(dates.eventText()).isEqualTo("13 Sep 2023");
        assertThat(dates.eventIso()).isEqualTo("2023-09-13");
        assertThat(dates.publishedText()).isEqualTo("12 Nov 2023");
        assertThat(dates.publicationLag()).isEqualTo("60 days later");
        assertThat(dates.eventLag()).isEqualTo("60 days earlier");
    }

    @Test
    void sameDayAndSingleDayLagsReadNaturally() {
        assertThat(dates(LocalDate.of(2024, 3, 23), DatePrecision.DAY, false, LocalDate.of(2024, 3, 23))
                        .publicationLag())
                .isEqualTo("the same day");
        assertThat(dates(LocalDate.of(2024, 3, 22), DatePrecision.DAY, false, LocalDate.of(2024, 3, 23))
                        .publicationLag())
                .isEqualTo("1 day later");
    }

    @Test
    void aScheduledEventIsStillToComeRatherThanANegativeLag() {
        ArticleDates scheduled = new ArticleDates(
                LocalDate.of(2025, 7, 17), DatePrecision.DAY, false, null, null, LocalDate.of(2025, 6, 17), null, true);

        assertThat(scheduled.eventAfterPublication()).isTrue();
        assertThat(scheduled.publicationLag()).isEqualTo("30 days before the scheduled event");
        assertThat(scheduled.eventLag()).isEqualTo("scheduled 30 days ahead");
    }

    @Test
    void aScheduledEventKnownOnlyToTheMonthOrEstimatedSaysNoMoreThanIsKnown() {
        ArticleDates month = new ArticleDates(
                LocalDate.of(2025, 7, 1),
                DatePrecision.MONTH,
                false,
                null,
                null,
                LocalDate.of(2025, 6, 17),
                null,
                true);
        ArticleDates estimate = new ArticleDates(
                LocalDate.of(2025, 6, 18), DatePrecision.DAY, true, "why", null, LocalDate.of(2025, 6, 17), null, true);

        assertThat(month.publicationLag()).isEqualTo("before the scheduled event");
        assertThat(month.eventLag()).isEqualTo("still to come when published");
        assertThat(estimate.publicationLag()).isEqualTo("about 1 day before the scheduled event");
        assertThat(estimate.eventLag()).isEqualTo("scheduled about 1 day ahead");
    }

    @Test
    void anEventAfterThePublicationCountsFromTheEarliestDayItCouldBe() {
        LocalDate published = LocalDate.of(2025, 6, 17);

        assertThat(dates(LocalDate.of(2025, 6, 1), DatePrecision.MONTH, false, published)
                        .eventAfterPublication())
                .isFalse();
        assertThat(dates(LocalDate.of(2025, 7, 1), DatePrecision.MONTH, false, published)
                        .eventAfterPublication())
                .isTrue();
        assertThat(dates(LocalDate.of(2025, 1, 1), DatePrecision.YEAR, false, published)
                        .eventAfterPublication())
                .isFalse();
        assertThat(dates(LocalDate.of(2025, 6, 17), DatePrecision.DAY, false, published)
                        .eventAfterPublication())
                .isFalse();
        assertThat(dates(LocalDate.of(2025, 7, 1), DatePrecision.DAY, false, null)
                        .eventAfterPublication())
                .isFalse();
    }

    @Test
    void anEstimatedEventDateGivesAnApproximateLag() {
        ArticleDates dates = dates(LocalDate.of(2025, 3, 21), DatePrecision.DAY, true, LocalDate.of(2025, 3, 23));

        assertThat(dates.publicationLag()).isEqualTo("about 2 days later");
    }

    @Test
    void aMonthPreciseEventShowsOnlyTheMonthAndNoDayCount() {
        ArticleDates dates = dates(LocalDate.of(2024, 6, 1), DatePrecision.MONTH, false, LocalDate.of(2024, 7, 2));

        assertThat(dates.eventText()).isEqualTo("Jun 2024");
        assertThat(dates.eventIso()).isEqualTo("2024-06");
        assertThat(dates.publicationLag()).isNull();
    }

    @Test
    void aYearPreciseEventShowsOnlyTheYear() {
        ArticleDates dates = dates(LocalDate.of(2019, 1, 1), DatePrecision.YEAR, false, null);

        assertThat(dates.eventText()).isEqualTo("2019");
        assertThat(dates.eventIso()).isEqualTo("2019");
    }

    @Test
    void aMissingPublicationDateHasNoLagAndNoInventedDate() {
        ArticleDates dates = dates(LocalDate.of(2025, 3, 21), DatePrecision.DAY, true, null);

        assertThat(dates.hasPublishedDate()).isFalse();
        assertThat(dates.publishedText()).isNull();
        assertThat(dates.publicationLag()).isNull();
    }
}
