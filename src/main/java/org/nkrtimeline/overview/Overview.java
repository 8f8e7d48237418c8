package org.nkrtimeline.overview;

import java.time.LocalDate;
import java.util.List;
import org.nkrtimeline.i18n.SiteText;

/**
 * The overview of the whole collection, laid out in SVG user units so that the template only places
 * what it is given. Coordinates are rounded to a tenth of a unit: finer is invisible and only makes
 * the page heavier.
 *
 * @param plot        the area marks stand in: they grow up from the baseline, the axis hangs below it
 * @param filtered    whether a filter is active, so that matching and other articles are drawn apart
 * @param marks       one per day (or run of days too close to draw apart), month or year, in date order;
 *                    empty when no article has a date
 * @param ticks       lines on the axis: years are major, months minor
 * @param labels      the axis text, already thinned out so that no two labels overlap
 * @param band        the reader's date range behind the marks; null when there is none or it misses
 *                    the drawn span
 * @param summary     one sentence for the caption, e.g. "5 articles from September 2023 to March 2025."
 * @param description what the marks mean, for the SVG's {@code <desc>}
 * @param narrow      the same overview drawn for a phone ({@link OverviewLayout#NARROW_WIDTH} units wide,
 *                    the same granularity, closer days sharing wider columns); null in the narrow one itself
 */
public record Overview(
        int width,
        int height,
        Plot plot,
        Granularity granularity,
        boolean filtered,
        List<Mark> marks,
        List<Tick> ticks,
        List<TickLabel> labels,
        Band band,
        long total,
        long matching,
        long undated,
        String summary,
        String description,
        SiteText siteText,
        Overview narrow) {

    public Overview {
        marks = List.copyOf(marks);
        ticks = List.copyOf(ticks);
        labels = List.copyOf(labels);
    }

    /** The overview's words for its fragment, which reads them here to render the same on its own as in a page. */
    public String text(String key, Object... args) {
        return siteText.get(key, args);
    }

    /** A count with the locale's digit grouping. */
    public String count(long n) {
        return siteText.count(n);
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    /** The axis's lines and labels, as SVG ({@link OverviewSvg}). */
    public String axisSvg() {
        return OverviewSvg.axis(this);
    }

    /** The marks, as SVG ({@link OverviewSvg}). */
    public String marksSvg() {
        return OverviewSvg.marks(this);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** Whether any mark is drawn as an estimate, so that the legend explains the dashed outline. */
    public boolean showsEstimates() {
        return marks.stream().anyMatch(mark -> mark.dots().stream().anyMatch(Dot::estimated));
    }

    /** Whether some day has more articles than its stack shows dots, so that the legend explains "+8". */
    public boolean showsMoreNotes() {
        return marks.stream().anyMatch(mark -> mark.more() != null);
    }

    /** Whether any bucket has an estimated date, so that the list of counts gets a column for them. */
    public boolean hasEstimated() {
        return marks.stream().anyMatch(mark -> mark.estimated() > 0);
    }

    public record Plot(double left, double right, double top, double baseline) {}

    public record Rect(double x, double y, double width, double height) {}

    /** One article in a day's stack. */
    public record Dot(double cx, double cy, double r, boolean notMatching, boolean estimated) {

        public String cssClass() {
            return "overview-dot" + (notMatching ? " is-other" : "") + (estimated ? " is-estimated" : "");
        }
    }

    /** The "+8" on top of a stack that would otherwise grow too tall. */
    public record Note(double x, double y, String text) {}

    /**
     * One link of the overview: a stack of dots (day marks) or a bar (months and years).
     *
     * @param iso         the value for {@code <time datetime>}; null when the mark covers a run of days
     * @param name        the link's accessible name, e.g. "September 2023: 3 articles, 1 matching your filters"
     * @param hit         the whole column above the mark, so that thin bars and single dots are easy to
     *                    click and the focus ring is visible
     * @param bar         the whole bucket's bar; null for day marks
     * @param matchingBar the matching part of the bar, drawn over its foot; null unless filtered
     * @param dots        day marks only: one per article, bottom up
     * @param more        day marks only: how many articles the dots leave out; null when none
     */
    public record Mark(
            LocalDate from,
            LocalDate to,
            String dateText,
            String iso,
            String href,
            String name,
            long total,
            long matching,
            long estimated,
            Rect hit,
            Rect bar,
            Rect matchingBar,
            List<Dot> dots,
            Note more) {

        public Mark {
            dots = List.copyOf(dots);
        }
    }

    /** A line on the axis, from y1 at the baseline down to y2. */
    public record Tick(double x, double y1, double y2, boolean major) {}

    /**
     * Axis text, drawn from x rightwards.
     *
     * @param iso the month ("2023-09") or year ("2023") the label names
     */
    public record TickLabel(double x, double y, String text, String iso, boolean major) {}

    /** The reader's date range, from the top of the plot to the baseline. */
    public record Band(double x, double y, double width, double height) {}
}
