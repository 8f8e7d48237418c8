package org.nkrtimeline.overview;

import static org.nkrtimeline.overview.OverviewAxis.round;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.overview.Overview.Band;
import org.nkrtimeline.overview.Overview.Mark;
import org.nkrtimeline.overview.Overview.Plot;
import org.nkrtimeline.overview.Overview.Rect;

/**
 * Lays out the whole collection on a true time scale: one dot per article while there are few enough
 * days to draw them apart, otherwise a bar per month or, over long spans, per year.
 *
 * <p>Sizes are in SVG user units. The drawing is 800 units wide and is shown at about that many CSS
 * pixels in the timeline column, so a unit is roughly a pixel and the thresholds below are pixel
 * reasoning. A phone gets the same overview drawn again, {@link #NARROW_WIDTH} units wide (its {@link
 * Overview#narrow()}), which it shows at about that many pixels too: the whole span fits the screen
 * with its labels and dots at their usual size, instead of shrinking them to nothing or scrolling.
 */
public final class OverviewLayout {

    static final int WIDTH = 800;
    static final double LEFT = 16;
    static final double RIGHT = WIDTH - 16;
    /**
     * The drawing for a phone: the width of the timeline column of a 390 px phone, less the figure's
     * padding. Smaller phones shrink it a little (to 0.8 at 320 px), larger ones grow it.
     */
    static final int NARROW_WIDTH = 330;
    /**
     * The narrowest column of the narrow drawing, and so the narrowest target for a finger
     * (WCAG 2.5.8, 24 CSS pixels): days closer than this share a column.
     */
    static final double NARROW_MIN_COLUMN = 24;

    static final double TOP = 8;
    static final double BASELINE = 80;

    /**
     * At most this many days are drawn as dots. Columns stand at least a dot's pitch apart, so 60 of
     * them need at most 600 of the 768 units even when every one is crowded against the next; beyond
     * that, dots turn into a texture and bars say more.
     */
    static final int MAX_DAY_COLUMNS = 60;
    /** Dots in a stack before the rest become a number: five stay countable at a glance and fit the plot. */
    static final int MAX_STACK = 5;

    static final double DOT_RADIUS = 4;
    /** Centre to centre, across and up: 2 units of paper between dots so that each reads as one article. */
    static final double DOT_PITCH = 10;

    static final double NOTE_CHAR_WIDTH = 6;
    /** A bucket of one article still shows. */
    static final double MIN_BAR = 3;
    /** A one-day range over thirty years still shows. */
    static final double MIN_BAND = 2;

    private OverviewLayout() {}

    /**
     * @param days      the whole collection by day on the chosen axis; sorted, though order and repeated
     *                  dates do no harm
     * @param undated   articles with no date on the axis, which cannot be placed
     * @param rangeFrom the reader's date filter, inclusive; null for open
     * @param rangeTo   the reader's date filter, inclusive; null for open
     * @param filtered  whether any filter is active, so that matching articles are drawn apart
     * @param linkFor   the timeline filtered to a range, keeping the reader's other filters
     * @param siteText  the site's words and date formats
     */
    public static Overview build(
            List<OverviewDay> days,
            long undated,
            LocalDate rangeFrom,
            LocalDate rangeTo,
            boolean filtered,
            Function<DateRange, String> linkFor,
            SiteText siteText) {
        OverviewText text = new OverviewText(siteText);
        List<OverviewDay> byDay = byDay(days);
        Granularity granularity = byDay.size() <= MAX_DAY_COLUMNS
                ? Granularity.DAY
                : TimeScale.isLong(first(byDay), last(byDay)) ? Granularity.YEAR : Granularity.MONTH;
        Overview narrow = drawing(
                byDay,
                NARROW_WIDTH,
                NARROW_MIN_COLUMN,
                granularity,
                undated,
                rangeFrom,
                rangeTo,
                filtered,
                linkFor,
                text,
                siteText,
                null);
        return drawing(
                byDay,
                WIDTH,
                DOT_PITCH,
                granularity,
                undated,
                rangeFrom,
                rangeTo,
                filtered,
                linkFor,
                text,
                siteText,
                narrow);
    }

    /**
     * The overview drawn {@code width} units wide. The narrow drawing keeps the wide one's granularity,
     * so that one legend and one table of counts serve both.
     *
     * @param minColumn the narrowest column of day marks: closer days share one
     */
    private static Overview drawing(
            List<OverviewDay> byDay,
            int width,
            double minColumn,
            Granularity granularity,
            long undated,
            LocalDate rangeFrom,
            LocalDate rangeTo,
            boolean filtered,
            Function<DateRange, String> linkFor,
            OverviewText text,
            SiteText siteText,
            Overview narrow) {
        double left = LEFT;
        double right = width - LEFT;
        long total = 0;
        long matching = 0;
        for (OverviewDay day : byDay) {
            total += day.total();
            matching += day.matching();
        }
        if (byDay.isEmpty()) {
            return new Overview(
                    width,
                    (int) BASELINE,
                    new Plot(left, right, TOP, BASELINE),
                    Granularity.DAY,
                    filtered,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    0,
                    0,
                    undated,
                    text.summary(0, 0, filtered, null, null, undated),
                    "",
                    siteText,
                    narrow);
        }

        TimeScale scale = TimeScale.covering(first(byDay), last(byDay), left, right);
        List<Mark> marks = granularity == Granularity.DAY
                ? DayMarks.layout(byDay, scale, minColumn, filtered, linkFor, text)
                : bars(byDay, granularity, scale, filtered, linkFor, text);
        Band band = band(rangeFrom, rangeTo, scale);
        OverviewAxis.Parts axis = OverviewAxis.build(scale, BASELINE, width, text);

        return new Overview(
                width,
                (int) Math.ceil(axis.bottom()),
                new Plot(left, right, TOP, BASELINE),
                granularity,
                filtered,
                marks,
                axis.ticks(),
                axis.labels(),
                band,
                total,
                matching,
                undated,
                text.summary(total, matching, filtered, first(byDay), last(byDay), undated),
                text.description(granularity, filtered, band != null),
                siteText,
                narrow);
    }

    /**
     * One entry a day, in order of the days, empty days dropped: the caller's query may group by a
     * timestamp. The index gives the days in order, one entry each: then nothing is sorted or merged.
     */
    private static List<OverviewDay> byDay(List<OverviewDay> days) {
        List<OverviewDay> sorted = new ArrayList<>(days.size());
        boolean inOrder = true;
        for (OverviewDay day : days) {
            if (day.total() > 0) {
                inOrder &=
                        sorted.isEmpty() || sorted.get(sorted.size() - 1).date().isBefore(day.date());
                sorted.add(day);
            }
        }
        if (inOrder) {
            return sorted;
        }
        sorted.sort(Comparator.comparing(OverviewDay::date));
        List<OverviewDay> byDay = new ArrayList<>(sorted.size());
        for (OverviewDay day : sorted) {
            OverviewDay previous = byDay.isEmpty() ? null : byDay.get(byDay.size() - 1);
            if (previous != null && previous.date().equals(day.date())) {
                byDay.set(
                        byDay.size() - 1,
                        new OverviewDay(
                                day.date(),
                                previous.total() + day.total(),
                                previous.matching() + day.matching(),
                                previous.estimated() + day.estimated()));
            } else {
                byDay.add(day);
            }
        }
        return byDay;
    }

    private static LocalDate first(List<OverviewDay> byDay) {
        return byDay.get(0).date();
    }

    private static LocalDate last(List<OverviewDay> byDay) {
        return byDay.get(byDay.size() - 1).date();
    }

    private static List<Mark> bars(
            Iterable<OverviewDay> days,
            Granularity granularity,
            TimeScale scale,
            boolean filtered,
            Function<DateRange, String> linkFor,
            OverviewText text) {
        TreeMap<LocalDate, long[]> buckets = new TreeMap<>();
        // The days come in order, so most share the bucket of the one before: a lookup per bucket, not per day.
        int lastBucket = Integer.MIN_VALUE;
        long[] bucketCounts = null;
        for (OverviewDay day : days) {
            LocalDate date = day.date();
            int bucket = granularity == Granularity.MONTH ? date.getYear() * 12 + date.getMonthValue() : date.getYear();
            if (bucket != lastBucket) {
                LocalDate first = granularity == Granularity.MONTH
                        ? LocalDate.of(date.getYear(), date.getMonthValue(), 1)
                        : LocalDate.of(date.getYear(), 1, 1);
                bucketCounts = buckets.computeIfAbsent(first, key -> new long[3]);
                lastBucket = bucket;
            }
            bucketCounts[0] += day.total();
            bucketCounts[1] += day.matching();
            bucketCounts[2] += day.estimated();
        }
        long largest =
                buckets.values().stream().mapToLong(counts -> counts[0]).max().orElse(1);
        double unitsPerArticle = (BASELINE - TOP) / largest;

        List<Mark> marks = new ArrayList<>();
        for (Map.Entry<LocalDate, long[]> bucket : buckets.entrySet()) {
            LocalDate from = bucket.getKey();
            LocalDate next = granularity == Granularity.MONTH ? from.plusMonths(1) : from.plusYears(1);
            long total = bucket.getValue()[0];
            long matching = bucket.getValue()[1];
            long estimated = bucket.getValue()[2];

            double left = scale.x(from);
            double width = scale.x(next) - left;
            // A little paper between neighbours, in proportion, while the bars are wide enough to spare it.
            double gap = width < 3 ? 0 : Math.min(6, Math.max(1, width * 0.15));
            double height = Math.max(MIN_BAR, total * unitsPerArticle);
            Rect bar = rect(left + gap / 2, BASELINE - height, width - gap, height);
            Rect matchingBar = null;
            if (filtered && matching > 0) {
                // Never all or nothing unless it is: a sliver of either part must stay visible.
                double matchingHeight =
                        matching == total ? height : Math.min(height - 1, Math.max(1, matching * unitsPerArticle));
                matchingBar = rect(left + gap / 2, BASELINE - matchingHeight, width - gap, matchingHeight);
            }

            YearMonth month = YearMonth.from(from);
            String dateText = granularity == Granularity.MONTH ? text.month(month) : Integer.toString(from.getYear());
            String iso = granularity == Granularity.MONTH ? month.toString() : Integer.toString(from.getYear());
            marks.add(new Mark(
                    from,
                    next.minusDays(1),
                    dateText,
                    iso,
                    linkFor.apply(new DateRange(from, next.minusDays(1))),
                    text.markName(dateText, total, matching, estimated, filtered),
                    total,
                    matching,
                    estimated,
                    rect(left, TOP, width, BASELINE - TOP),
                    bar,
                    matchingBar,
                    List.of(),
                    null));
        }
        return marks;
    }

    /** The reader's range clamped to the drawn span; an open end runs to the edge. */
    static Band band(LocalDate rangeFrom, LocalDate rangeTo, TimeScale scale) {
        if (rangeFrom == null && rangeTo == null) {
            return null;
        }
        LocalDate from = rangeFrom == null || rangeFrom.isBefore(scale.start()) ? scale.start() : rangeFrom;
        LocalDate end = rangeTo == null || !rangeTo.isBefore(scale.end()) ? scale.end() : rangeTo.plusDays(1);
        if (!from.isBefore(end)) {
            return null;
        }
        double left = scale.x(from);
        double width = scale.x(end) - left;
        if (width < MIN_BAND) {
            left = Math.max(scale.left(), Math.min(scale.right() - MIN_BAND, left + width / 2 - MIN_BAND / 2));
            width = MIN_BAND;
        }
        return new Band(round(left), TOP, round(width), BASELINE - TOP);
    }

    static Rect rect(double x, double y, double width, double height) {
        return new Rect(round(x), round(y), round(width), round(height));
    }
}
