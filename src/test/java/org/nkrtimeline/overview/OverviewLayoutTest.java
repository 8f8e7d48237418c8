package org.nkrtimeline.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.overview.Overview.Band;
import org.nkrtimeline.overview.Overview.Dot;
import org.nkrtimeline.overview.Overview.Mark;
import org.nkrtimeline.overview.Overview.Rect;
import org.nkrtimeline.overview.Overview.TickLabel;

class OverviewLayoutTest {

    private static final Function<DateRange, String> LINK = range -> "/?from=" + range.from() + "&to=" + range.to();

    private static final LocalDate SEP_13 = LocalDate.of(2023, 9, 13);
    private static final LocalDate NOV_2 = LocalDate.of(2023, 11, 2);
    private static final LocalDate JUN_20 = LocalDate.of(2024, 6, 20);
    private static final LocalDate MAR_10 = LocalDate.of(2025, 3, 10);

    /** Five articles over eighteen months; two on the first day, one of them with an estimated date. */
    private static final List<OverviewDay> FIVE = List.of(
            new OverviewDay(SEP_13, 2, 0, 1),
            new OverviewDay(NOV_2, 1, 0, 0),
            new OverviewDay(JUN_20, 1, 0, 0),
            new OverviewDay(MAR_10, 1, 0, 0));

    private static Overview unfiltered(List<OverviewDay> days) {
        return OverviewLayout.build(days, 0, null, null, false, LINK, SiteText.ENGLISH);
    }

    private static Mark markOn(Overview overview, LocalDate date) {
        return overview.marks().stream()
                .filter(mark -> !date.isBefore(mark.from()) && !date.isAfter(mark.to()))
                .findFirst()
                .orElseThrow();
    }

    private static long totalOf(List<Mark> marks) {
        return marks.stream().mapToLong(Mark::total).sum();
    }

    private static double x(Mark mark) {
        return mark.hit().x() + mark.hit().width() / 2;
    }

    /** Every day from {@code from} to {@code to} with {@code perDay} articles, none matching or estimated. */
    private static List<OverviewDay> everyDay(LocalDate from, LocalDate to, long perDay) {
        return from.datesUntil(to.plusDays(1))
                .map(date -> new OverviewDay(date, perDay, 0, 0))
                .toList();
    }

    @Test
    void fiveArticlesOverEighteenMonthsAreDrawnOnePerArticleOnATrueTimeScale() {
        Overview overview = unfiltered(FIVE);

        assertThat(overview.granularity()).isEqualTo(Granularity.DAY);
        assertThat(overview.marks()).hasSize(4);
        assertThat(overview.marks()).flatExtracting(Mark::dots).hasSize(5);
        assertThat(overview.marks())
                .extracting(OverviewLayoutTest::x)
                .isSorted()
                .doesNotHaveDuplicates();

        double start = x(markOn(overview, SEP_13));
        double toJune = x(markOn(overview, JUN_20)) - start;
        double toMarch = x(markOn(overview, MAR_10)) - start;
        double daysToJune = ChronoUnit.DAYS.between(SEP_13, JUN_20);
        double daysToMarch = ChronoUnit.DAYS.between(SEP_13, MAR_10);
        assertThat(toMarch / toJune)
                .as("distance on the axis follows time between the dates")
                .isCloseTo(daysToMarch / daysToJune, within(0.01));
    }

    @Test
    void theSpanIsPaddedToWholeMonthsForShortCollections() {
        Overview overview = unfiltered(FIVE);

        TickLabel first = overview.labels().stream()
                .min(Comparator.comparingDouble(TickLabel::x))
                .orElseThrow();
        assertThat(first.iso()).isIn("2023-09", "2023");
        assertThat(first.x()).isCloseTo(OverviewLayout.LEFT + OverviewAxis.LABEL_INSET, within(0.11));
        assertThat(overview.labels()).extracting(TickLabel::text).contains("Sep", "Mar", "2023", "2024", "2025");
    }

    @Test
    void articlesOnTheSameDayStackSoThatNoneHidesAnother() {
        Mark sameDay = markOn(unfiltered(FIVE), SEP_13);

        assertThat(sameDay.dots()).hasSize(2);
        Dot lower = sameDay.dots().get(0);
        Dot upper = sameDay.dots().get(1);
        assertThat(upper.cx()).isEqualTo(lower.cx());
        assertThat(lower.cy() - upper.cy()).as("dots do not overlap").isGreaterThanOrEqualTo(lower.r() + upper.r());
        assertThat(sameDay.name()).startsWith("13 September 2023: 2 articles");
        assertThat(sameDay.href()).isEqualTo("/?from=2023-09-13&to=2023-09-13");
    }

    @Test
    void estimatedDatesAreDrawnAndNamedAsEstimates() {
        Overview overview = unfiltered(FIVE);
        Mark sameDay = markOn(overview, SEP_13);

        assertThat(sameDay.dots()).extracting(Dot::estimated).containsExactly(false, true);
        assertThat(sameDay.dots().get(1).cssClass()).contains("is-estimated");
        assertThat(sameDay.name()).isEqualTo("13 September 2023: 2 articles, 1 with an estimated date");
        assertThat(markOn(overview, NOV_2).dots()).noneMatch(Dot::estimated);
        assertThat(markOn(overview, NOV_2).name()).doesNotContain("estimated");
        assertThat(overview.showsEstimates()).isTrue();
    }

    @Test
    void aSingleEstimatedArticleSaysItsDateIsEstimated() {
        Overview overview = unfiltered(List.of(new OverviewDay(NOV_2, 1, 0, 1)));

        assertThat(overview.marks().get(0).name()).isEqualTo("2 November 2023: 1 article, date estimated");
        assertThat(overview.marks().get(0).dots())
                .singleElement()
                .extracting(Dot::estimated)
                .isEqualTo(true);
    }

    @Test
    void daysCloserThanADotShareOneColumnThatLinksToTheirDays() {
        // Over thirty years a day is a thirtieth of a unit: these three days would draw on top of each other.
        Overview overview = unfiltered(List.of(
                new OverviewDay(LocalDate.of(1995, 3, 1), 1, 0, 0),
                new OverviewDay(SEP_13, 1, 0, 0),
                new OverviewDay(SEP_13.plusDays(1), 2, 0, 0),
                new OverviewDay(SEP_13.plusDays(6), 1, 0, 0)));

        Mark cluster = markOn(overview, SEP_13);
        assertThat(cluster.from()).isEqualTo(SEP_13);
        assertThat(cluster.to()).isEqualTo(SEP_13.plusDays(6));
        assertThat(cluster.dots()).hasSize(4);
        assertThat(cluster.href()).isEqualTo("/?from=2023-09-13&to=2023-09-19");
        assertThat(cluster.name()).isEqualTo("13 to 19 September 2023: 4 articles");
        assertThat(cluster.iso()).as("a run of days has no single datetime").isNull();
        assertThat(overview.marks()).hasSize(2);
    }

    @Test
    void marksOfNeighbouringDaysNeverOverlap() {
        // Sixty days, most of them a day or two apart: the most crowded collection still drawn as dots.
        List<OverviewDay> days = new ArrayList<>();
        LocalDate date = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < OverviewLayout.MAX_DAY_COLUMNS; i++) {
            date = date.plusDays(i % 7 == 0 ? 40 : 1 + i % 2);
            days.add(new OverviewDay(date, 1 + i % 9, 0, 0));
        }
        Overview overview = unfiltered(days);

        assertThat(overview.granularity()).isEqualTo(Granularity.DAY);
        List<Rect> columns = overview.marks().stream().map(Mark::hit).toList();
        for (int i = 1; i < columns.size(); i++) {
            Rect left = columns.get(i - 1);
            assertThat(columns.get(i).x())
                    .as("column %d starts after column %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(left.x() + left.width() - 0.2);
        }
        assertThat(overview.marks())
                .allSatisfy(mark -> assertThat(mark.hit().x()).isGreaterThanOrEqualTo(0));
        assertThat(totalOf(overview.marks()))
                .isEqualTo(days.stream().mapToLong(OverviewDay::total).sum());
    }

    @Test
    void aStackTallerThanFiveShowsTheRestAsANumber() {
        Mark busy =
                unfiltered(List.of(new OverviewDay(SEP_13, 12, 0, 0))).marks().get(0);

        assertThat(busy.dots()).hasSize(OverviewLayout.MAX_STACK - 1);
        assertThat(busy.more()).isNotNull();
        assertThat(busy.more().text()).isEqualTo("+8");
        assertThat(busy.more().y())
                .isLessThan(busy.dots().get(busy.dots().size() - 1).cy());
        assertThat(busy.name()).isEqualTo("13 September 2023: 12 articles");
    }

    @Test
    void aStackOfFiveIsAllDots() {
        Mark five =
                unfiltered(List.of(new OverviewDay(SEP_13, 5, 0, 0))).marks().get(0);

        assertThat(five.dots()).hasSize(5);
        assertThat(five.more()).isNull();
    }

    @Test
    void filteredDotsAreDrawnApartFromTheRest() {
        Overview overview = OverviewLayout.build(
                List.of(new OverviewDay(SEP_13, 3, 1, 0)), 0, null, null, true, LINK, SiteText.ENGLISH);
        Mark mark = overview.marks().get(0);

        assertThat(mark.dots()).extracting(Dot::notMatching).containsExactly(false, true, true);
        assertThat(mark.name()).isEqualTo("13 September 2023: 3 articles, 1 matching your filters");
    }

    @Test
    void aHundredThousandArticlesOverThirtyYearsAreCountedByYear() {
        LocalDate from = LocalDate.of(1995, 1, 1);
        LocalDate to = LocalDate.of(2024, 12, 31);
        long total = 100_000;
        List<LocalDate> dates = from.datesUntil(to.plusDays(1)).toList();
        List<OverviewDay> days = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            // Spread evenly: the first (total mod days) days get one article more.
            long count = total / dates.size() + (i < total % dates.size() ? 1 : 0);
            days.add(new OverviewDay(dates.get(i), count, count / 2, 0));
        }

        Overview overview = OverviewLayout.build(days, 0, null, null, true, LINK, SiteText.ENGLISH);

        assertThat(overview.granularity()).isEqualTo(Granularity.YEAR);
        assertThat(overview.marks()).hasSize(30);
        assertThat(totalOf(overview.marks())).isEqualTo(total);
        assertThat(overview.total()).isEqualTo(total);
        assertThat(overview.marks()).allSatisfy(mark -> {
            int year = mark.from().getYear();
            assertThat(mark.from()).isEqualTo(LocalDate.of(year, 1, 1));
            assertThat(mark.to()).isEqualTo(LocalDate.of(year, 12, 31));
            assertThat(mark.href()).isEqualTo("/?from=" + year + "-01-01&to=" + year + "-12-31");
            assertThat(mark.name())
                    .startsWith(year + ": ")
                    .contains(" articles, ")
                    .contains("matching your filters");
            assertThat(mark.bar().height()).isGreaterThan(mark.matchingBar().height());
        });
        assertThat(overview.summary()).startsWith("100,000 articles from January 1995 to December 2024");
    }

    @Test
    void sixYearsOfManyArticlesAreCountedByMonth() {
        List<OverviewDay> days = everyDay(LocalDate.of(2018, 3, 1), LocalDate.of(2024, 2, 29), 3);

        Overview overview = unfiltered(days);

        assertThat(overview.granularity()).isEqualTo(Granularity.MONTH);
        assertThat(overview.marks()).hasSize(72);
        Mark first = overview.marks().get(0);
        assertThat(first.from()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(first.to()).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(first.href()).isEqualTo("/?from=2018-03-01&to=2018-03-31");
        assertThat(first.name()).isEqualTo("March 2018: 93 articles");
        assertThat(first.iso()).isEqualTo("2018-03");
        assertThat(totalOf(overview.marks())).isEqualTo(days.size() * 3L);
        assertThat(overview.marks()).extracting(mark -> mark.bar().x()).isSorted();
        assertThat(overview.marks())
                .allSatisfy(mark -> assertThat(mark.matchingBar()).isNull());
    }

    @Test
    void monthlyBarsFillTheSpanWithoutInventingEmptyMonthsAtTheEnds() {
        Overview overview = unfiltered(everyDay(LocalDate.of(2018, 3, 1), LocalDate.of(2024, 2, 29), 3));

        Rect first = overview.marks().get(0).hit();
        Rect last = overview.marks().get(overview.marks().size() - 1).hit();
        assertThat(first.x()).isCloseTo(OverviewLayout.LEFT, within(0.11));
        assertThat(last.x() + last.width()).isCloseTo(OverviewLayout.RIGHT, within(0.11));
    }

    @Test
    void fifteenYearsAreStillMonthsAndSixteenAreYears() {
        assertThat(unfiltered(everyDay(LocalDate.of(2010, 1, 1), LocalDate.of(2024, 12, 31), 1))
                        .granularity())
                .isEqualTo(Granularity.MONTH);
        assertThat(unfiltered(everyDay(LocalDate.of(2009, 1, 1), LocalDate.of(2024, 12, 31), 1))
                        .granularity())
                .isEqualTo(Granularity.YEAR);
    }

    @Test
    void barHeightsFollowTheCountsAndOneArticleStillShows() {
        List<OverviewDay> days = new ArrayList<>(everyDay(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31), 1));
        days.add(new OverviewDay(LocalDate.of(2020, 6, 1), 1, 0, 0));
        Overview overview = unfiltered(days);

        Map<String, Double> heights = overview.marks().stream()
                .collect(Collectors.toMap(Mark::iso, mark -> mark.bar().height()));
        assertThat(heights.get("2019-03") / heights.get("2019-02")).isCloseTo(31.0 / 28.0, within(0.01));
        assertThat(heights.get("2020-06")).isGreaterThanOrEqualTo(OverviewLayout.MIN_BAR);
        assertThat(overview.marks())
                .allSatisfy(mark -> assertThat(mark.bar().y() + mark.bar().height())
                        .isCloseTo(OverviewLayout.BASELINE, within(0.11)));
    }

    @Test
    void theMatchingPartOfABarIsDrawnApartButNeverHidesTheRest() {
        List<OverviewDay> days = new ArrayList<>(everyDay(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), 10));
        days.set(0, new OverviewDay(days.get(0).date(), 10, 1, 0));
        Overview overview = OverviewLayout.build(days, 0, null, null, true, LINK, SiteText.ENGLISH);

        Mark january = overview.marks().get(0);
        assertThat(january.matchingBar()).isNotNull();
        assertThat(january.matchingBar().height())
                .isGreaterThan(0)
                .isLessThan(january.bar().height());
        assertThat(january.name()).isEqualTo("January 2019: 310 articles, 1 matching your filters");
        assertThat(overview.marks().get(1).matchingBar())
                .as("no matching articles, no matching bar")
                .isNull();
        assertThat(overview.marks().get(1).name()).endsWith("none matching your filters");
    }

    @Test
    void theDateRangeBandIsClampedToTheDrawnSpan() {
        Overview wide = OverviewLayout.build(
                FIVE, 0, LocalDate.of(1990, 1, 1), LocalDate.of(2040, 1, 1), true, LINK, SiteText.ENGLISH);

        assertThat(wide.band().x()).isCloseTo(OverviewLayout.LEFT, within(0.11));
        assertThat(wide.band().x() + wide.band().width()).isCloseTo(OverviewLayout.RIGHT, within(0.11));

        Overview inside = OverviewLayout.build(FIVE, 0, NOV_2, JUN_20, true, LINK, SiteText.ENGLISH);
        Band band = inside.band();
        assertThat(band.x()).isLessThan(x(markOn(inside, NOV_2)));
        assertThat(band.x() + band.width()).isGreaterThan(x(markOn(inside, JUN_20)));
        assertThat(band.x()).isGreaterThan(x(markOn(inside, SEP_13)));
        assertThat(band.x() + band.width()).isLessThan(x(markOn(inside, MAR_10)));
    }

    @Test
    void anOpenEndedRangeRunsToTheEdge() {
        Overview fromOnly = OverviewLayout.build(FIVE, 0, JUN_20.plusDays(1), null, true, LINK, SiteText.ENGLISH);
        Overview toOnly = OverviewLayout.build(FIVE, 0, null, JUN_20, true, LINK, SiteText.ENGLISH);

        assertThat(fromOnly.band().x()).isGreaterThan(OverviewLayout.LEFT);
        assertThat(fromOnly.band().x() + fromOnly.band().width()).isCloseTo(OverviewLayout.RIGHT, within(0.11));
        assertThat(toOnly.band().x()).isCloseTo(OverviewLayout.LEFT, within(0.11));
        assertThat(toOnly.band().x() + toOnly.band().width())
                .isCloseTo(fromOnly.band().x(), within(0.21));
    }

    @Test
    void thereIsNoBandWithoutARangeOrWhenTheRangeMissesTheSpan() {
        assertThat(OverviewLayout.build(FIVE, 0, null, null, true, LINK, SiteText.ENGLISH)
                        .band())
                .isNull();
        assertThat(OverviewLayout.build(FIVE, 0, LocalDate.of(2030, 1, 1), null, true, LINK, SiteText.ENGLISH)
                        .band())
                .isNull();
    }

    @Test
    void aOneDayRangeOverThirtyYearsIsStillVisible() {
        List<OverviewDay> days =
                List.of(new OverviewDay(LocalDate.of(1995, 1, 1), 1, 0, 0), new OverviewDay(MAR_10, 1, 1, 0));

        Band band = OverviewLayout.build(days, 0, MAR_10, MAR_10, true, LINK, SiteText.ENGLISH)
                .band();

        assertThat(band.width()).isGreaterThanOrEqualTo(OverviewLayout.MIN_BAND);
    }

    @Test
    void anEmptyCollectionSaysThereIsNothingToShow() {
        Overview overview = OverviewLayout.build(List.of(), 0, null, null, false, LINK, SiteText.ENGLISH);

        assertThat(overview.isEmpty()).isTrue();
        assertThat(overview.summary()).isEqualTo("There are no articles to show yet.");
        assertThat(OverviewLayout.build(List.of(), 3, null, null, false, LINK, SiteText.ENGLISH)
                        .summary())
                .isEqualTo("No article has a date to place on the overview; 3 undated articles are not placed.");
    }

    @Test
    void theSummaryCountsTheArticlesAndTheUndatedOnesLeftOut() {
        assertThat(OverviewLayout.build(FIVE, 1, null, null, false, LINK, SiteText.ENGLISH)
                        .summary())
                .isEqualTo("5 articles from September 2023 to March 2025; 1 undated article is not placed.");
        assertThat(OverviewLayout.build(FIVE, 0, null, null, false, LINK, SiteText.ENGLISH)
                        .summary())
                .isEqualTo("5 articles from September 2023 to March 2025.");
        List<OverviewDay> filtered = List.of(new OverviewDay(SEP_13, 2, 1, 0), new OverviewDay(MAR_10, 1, 1, 0));
        assertThat(OverviewLayout.build(filtered, 2, null, null, true, LINK, SiteText.ENGLISH)
                        .summary())
                .isEqualTo("3 articles from September 2023 to March 2025, 2 matching your filters;"
                        + " 2 undated articles are not placed.");
    }

    @Test
    void repeatedAndUnsortedDaysAreAddedUp() {
        Overview overview = unfiltered(List.of(
                new OverviewDay(MAR_10, 1, 0, 0), new OverviewDay(SEP_13, 1, 0, 0), new OverviewDay(SEP_13, 1, 0, 1)));

        assertThat(overview.marks()).extracting(Mark::from).containsExactly(SEP_13, MAR_10);
        assertThat(overview.marks().get(0).total()).isEqualTo(2);
        assertThat(overview.marks().get(0).estimated()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        "2023-09-13, 2023-09-20",
        "2023-09-13, 2025-03-10",
        "2023-12-20, 2026-11-10",
        "2018-03-01, 2024-02-29",
        "2010-01-01, 2024-12-31",
        "1995-01-01, 2024-12-31",
        "1945-08-15, 2025-06-19"
    })
    void axisLabelsNeverOverlapAndAlwaysIncludeAYear(LocalDate from, LocalDate to) {
        Overview wide = unfiltered(everyDay(from, to, 1));
        for (Overview overview : List.of(wide, wide.narrow())) {
            assertAxisLabelsApart(overview, from, to);
        }
    }

    private static void assertAxisLabelsApart(Overview overview, LocalDate from, LocalDate to) {
        Map<Double, List<TickLabel>> rows = overview.labels().stream().collect(Collectors.groupingBy(TickLabel::y));
        rows.values().forEach(row -> {
            List<TickLabel> sorted = row.stream()
                    .sorted(Comparator.comparingDouble(TickLabel::x))
                    .toList();
            for (int i = 1; i < sorted.size(); i++) {
                TickLabel previous = sorted.get(i - 1);
                assertThat(sorted.get(i).x() - previous.x())
                        .as("%s after %s", sorted.get(i).text(), previous.text())
                        .isGreaterThanOrEqualTo(OverviewAxis.labelSpace(previous.text()));
            }
        });
        assertThat(overview.labels())
                .allSatisfy(label -> assertThat(label.x() + label.text().length() * OverviewAxis.CHAR_WIDTH)
                        .isLessThanOrEqualTo(overview.width()));
        assertThat(overview.labels()).as("at least one year is named").anyMatch(TickLabel::major);
        assertThat(overview.ticks())
                .as("a line at every year")
                .filteredOn(tick -> tick.major())
                .hasSizeGreaterThanOrEqualTo(to.getYear() - from.getYear());
        assertThat(overview.height()).isGreaterThan((int)
                overview.labels().stream().mapToDouble(TickLabel::y).max().orElseThrow());
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"2023-09-13, 2025-03-10", "2018-03-01, 2024-02-29", "1995-01-01, 2024-12-31"})
    void aPhoneGetsTheSameOverviewDrawnNarrowerWithEveryArticleAndTheSameGranularity(LocalDate from, LocalDate to) {
        List<OverviewDay> days = new ArrayList<>(everyDay(from, to, 1));
        Overview wide = OverviewLayout.build(days, 3, from.plusMonths(1), null, true, LINK, SiteText.ENGLISH);
        Overview narrow = wide.narrow();

        assertThat(narrow).isNotNull();
        assertThat(narrow.narrow()).as("no narrower drawing of the narrow one").isNull();
        assertThat(narrow.width()).isEqualTo(OverviewLayout.NARROW_WIDTH).isLessThan(wide.width());
        assertThat(narrow.viewBox()).startsWith("0 0 " + OverviewLayout.NARROW_WIDTH + " ");
        assertThat(narrow.granularity()).isEqualTo(wide.granularity());
        assertThat(totalOf(narrow.marks())).isEqualTo(totalOf(wide.marks())).isEqualTo(days.size());
        assertThat(narrow.summary()).isEqualTo(wide.summary());
        assertThat(narrow.plot().right()).isEqualTo(OverviewLayout.NARROW_WIDTH - OverviewLayout.LEFT);
        assertThat(narrow.marks())
                .allSatisfy(mark -> assertThat(mark.hit().x() + mark.hit().width())
                        .isLessThanOrEqualTo(narrow.plot().right() + 0.1));
        assertThat(narrow.band()).isNotNull();
        assertThat(narrow.band().x() + narrow.band().width())
                .isCloseTo(narrow.plot().right(), within(0.11));
    }

    @Test
    void onAPhoneDaysCloserThanAFingerShareAColumnAndNoColumnIsNarrowerThanOne() {
        // The most crowded collection still drawn as dots, as in marksOfNeighbouringDaysNeverOverlap.
        List<OverviewDay> days = new ArrayList<>();
        LocalDate date = LocalDate.of(2022, 1, 1);
        for (int i = 0; i < OverviewLayout.MAX_DAY_COLUMNS; i++) {
            date = date.plusDays(i % 7 == 0 ? 40 : 1 + i % 2);
            days.add(new OverviewDay(date, 1 + i % 9, 0, 0));
        }
        Overview narrow = unfiltered(days).narrow();

        assertThat(narrow.granularity()).isEqualTo(Granularity.DAY);
        List<Rect> columns = narrow.marks().stream().map(Mark::hit).toList();
        assertThat(columns)
                .allSatisfy(column -> assertThat(column.width())
                        .as("a column as wide as a finger (WCAG 2.5.8: 24 CSS px)")
                        .isGreaterThanOrEqualTo(OverviewLayout.NARROW_MIN_COLUMN - 0.1));
        for (int i = 1; i < columns.size(); i++) {
            Rect left = columns.get(i - 1);
            assertThat(columns.get(i).x())
                    .as("column %d starts after column %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(left.x() + left.width() - 0.2);
        }
        assertThat(totalOf(narrow.marks()))
                .isEqualTo(days.stream().mapToLong(OverviewDay::total).sum());
        assertThat(unfiltered(FIVE).narrow().marks())
                .as("days 50 days or more apart over eighteen months keep a column each")
                .hasSize(4);
    }

    @Test
    void monthsAreNamedWhenThereIsRoomAndLeftOutWhenThereIsNot() {
        Overview eighteenMonths = unfiltered(everyDay(SEP_13, MAR_10, 1));
        Overview thirtyYears = unfiltered(everyDay(LocalDate.of(1995, 1, 1), LocalDate.of(2024, 12, 31), 1));

        assertThat(eighteenMonths.labels()).filteredOn(label -> !label.major()).hasSize(19);
        assertThat(thirtyYears.labels()).noneMatch(label -> !label.major());
        assertThat(thirtyYears.ticks())
                .as("no month lines where months are 2 units wide")
                .allMatch(tick -> tick.major());
    }
}
