package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.timeline.TimelineGroups.MonthGroup;
import org.nkrtimeline.timeline.TimelineGroups.YearGroup;

class TimelineGroupsTest {

    private static TimelineEntry entry(long id, LocalDate event, DatePrecision precision) {
        return new TimelineEntry(
                id,
                "a" + id,
                "Headline " + id,
                "Lede.",
                new ArticleDates(event, precision, false, null, null, null, null),
                List.of(),
                null,
                null,
                null);
    }

    @Test
    void groupsConsecutiveEntriesUnderYearAndMonthHeadings() {
        List<YearGroup> years = TimelineGroups.byYearAndMonth(
                List.of(
                        entry(1, LocalDate.of(2023, 9, 13), DatePrecision.DAY),
                        entry(2, LocalDate.of(2023, 9, 19), DatePrecision.DAY),
                        entry(3, LocalDate.of(2024, 3, 23), DatePrecision.DAY)),
                Axis.EVENT,
                SiteText.ENGLISH);

        assertThat(years).extracting(YearGroup::year).containsExactly(2023, 2024);
        assertThat(years.get(0).months()).extracting(MonthGroup::label).containsExactly("September 2023");
        assertThat(years.get(0).months().get(0).entries())
                .extracting(TimelineEntry::id)
                .containsExactly(1L, 2L);
        assertThat(years.get(1).months()).extracting(MonthGroup::iso).containsExactly("2024-03");
    }

    @Test
    void keepsNewestFirstOrderWithDescendingHeadings() {
        List<YearGroup> years = TimelineGroups.byYearAndMonth(
                List.of(
                        entry(3, LocalDate.of(2024, 3, 23), DatePrecision.DAY),
                        entry(2, LocalDate.of(2023, 11, 1), DatePrecision.DAY),
                        entry(1, LocalDate.of(2023, 9, 13), DatePrecision.DAY)),
                Axis.EVENT,
                SiteText.ENGLISH);

        assertThat(years).extracting(YearGroup::year).containsExactly(2024, 2023);
        assertThat(years.get(1).months())
                .extracting(MonthGroup::label)
                .containsExactly("November 2023", "September 2023");
    }

    @Test
    void entriesDatedOnlyToTheYearSayTheMonthIsNotKnown() {
        List<YearGroup> years = TimelineGroups.byYearAndMonth(
                List.of(entry(1, LocalDate.of(2019, 1, 1), DatePrecision.YEAR)), Axis.EVENT, SiteText.ENGLISH);

        assertThat(years.get(0).months())
                .extracting(MonthGroup::label, MonthGroup::iso)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Month not known", "2019"));
    }
}
