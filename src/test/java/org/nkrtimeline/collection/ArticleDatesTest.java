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
