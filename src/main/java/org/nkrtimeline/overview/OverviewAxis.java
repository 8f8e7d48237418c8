package org.nkrtimeline.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.overview.Overview.Tick;
import org.nkrtimeline.overview.Overview.TickLabel;

/**
 * The axis under the marks: a line at every year and, where they are far enough apart, every month;
 * month names on one row and years on the row below, each thinned to a round step so that labels
 * never overlap.
 */
final class OverviewAxis {

    /**
     * Labels are set at 11 units (.overview-label in the stylesheet); 7 units a character is wider
     * than the average of any sans-serif at that size, so the estimate errs towards more space, never
     * towards overlap.
     */
    static final double CHAR_WIDTH = 7;

    static final double LABEL_GAP = 8;
    /** Labels start just right of their tick, inside the month or year they name. */
    static final double LABEL_INSET = 3;
    /** Closer month lines than this blur into a grey strip. */
    static final double MIN_TICK_SPACING = 4;

    static final double ROW_HEIGHT = 14;
    static final double MAJOR_TICK = 8;
    static final double MINOR_TICK = 4;

    private static final int[] MONTH_STEPS = {1, 2, 3, 6};
    private static final int[] YEAR_STEPS = {1, 2, 5, 10, 20, 25, 50, 100};

    private OverviewAxis() {}

    record Parts(List<Tick> ticks, List<TickLabel> labels, double bottom) {}

    /** The room a label needs before the next one on its row may start. */
    static double labelSpace(String text) {
        return text.length() * CHAR_WIDTH + LABEL_GAP;
    }

    static Parts build(TimeScale scale, double baseline, double width, OverviewText text) {
        // Steps are chosen from the shortest month and year, so that every pair fits, not just most.
        double shortestMonth = 28 * scale.unitsPerDay();
        double shortestYear = 365 * scale.unitsPerDay();
        boolean monthTicks = shortestMonth >= MIN_TICK_SPACING;
        int monthStep = step(MONTH_STEPS, shortestMonth, widestMonthLabel(scale.start(), text));
        int yearStep = step(YEAR_STEPS, shortestYear, labelSpace("2024"));
        double monthRow = baseline + MAJOR_TICK + 10;
        double yearRow = monthStep > 0 ? monthRow + ROW_HEIGHT : monthRow;

        List<Tick> ticks = new ArrayList<>();
        List<TickLabel> monthLabels = new ArrayList<>();
        List<TickLabel> yearLabels = new ArrayList<>();
        for (LocalDate month = scale.start(); !month.isAfter(scale.end()); month = month.plusMonths(1)) {
            double x = round(scale.x(month));
            boolean january = month.getMonthValue() == 1;
            if (january || monthTicks) {
                ticks.add(new Tick(x, baseline, baseline + (january ? MAJOR_TICK : MINOR_TICK), january));
            }
            if (!month.isBefore(scale.end())) {
                continue; // the closing line: what follows it is not drawn, so it names nothing
            }
            if (monthStep > 0 && (month.getMonthValue() - 1) % monthStep == 0) {
                monthLabels.add(new TickLabel(
                        x + LABEL_INSET,
                        monthRow,
                        text.monthShort(month),
                        month.toString().substring(0, 7),
                        false));
            }
            if (january && yearStep > 0 && month.getYear() % yearStep == 0) {
                yearLabels.add(yearLabel(month, x, yearRow));
            }
        }
        if (scale.start().getMonthValue() != 1) {
            // A span that starts mid-year still says which year, as short spans may not reach a January;
            // unless that part-year is too narrow for its label, when the next full year says enough.
            TickLabel partYear = yearLabel(scale.start(), round(scale.x(scale.start())), yearRow);
            if (yearLabels.isEmpty() || yearLabels.get(0).x() - partYear.x() >= labelSpace(partYear.text())) {
                yearLabels.add(0, partYear);
            }
        }

        List<TickLabel> labels = new ArrayList<>(withoutOverlaps(monthLabels, width));
        labels.addAll(withoutOverlaps(yearLabels, width));
        return new Parts(ticks, labels, yearRow + 6);
    }

    private static TickLabel yearLabel(LocalDate date, double x, double y) {
        String year = Integer.toString(date.getYear());
        return new TickLabel(x + LABEL_INSET, y, year, year, true);
    }

    /** The room the longest of the twelve short month names needs ("Sep" in English, "März" in German). */
    private static double widestMonthLabel(LocalDate anyMonth, OverviewText text) {
        double widest = 0;
        for (int month = 1; month <= 12; month++) {
            widest = Math.max(
                    widest,
                    labelSpace(text.monthShort(anyMonth.withDayOfMonth(1).withMonth(month))));
        }
        return widest;
    }

    /** The smallest step whose labels are at least {@code space} apart; 0 when even the largest is not. */
    private static int step(int[] steps, double unitWidth, double space) {
        for (int step : steps) {
            if (step * unitWidth >= space) {
                return step;
            }
        }
        return 0;
    }

    /**
     * The chosen step already spaces labels out by the shortest month or year; this is the guarantee
     * behind it, and drops a label that would run off the right edge.
     */
    private static List<TickLabel> withoutOverlaps(List<TickLabel> row, double width) {
        List<TickLabel> kept = new ArrayList<>();
        for (TickLabel label : row) {
            boolean fits = label.x() + label.text().length() * CHAR_WIDTH <= width;
            boolean clear = kept.isEmpty()
                    || label.x() - kept.get(kept.size() - 1).x()
                            >= labelSpace(kept.get(kept.size() - 1).text());
            if (fits && clear) {
                kept.add(label);
            }
        }
        return kept;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
