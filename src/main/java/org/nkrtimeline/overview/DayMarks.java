package org.nkrtimeline.overview;

import static org.nkrtimeline.overview.OverviewAxis.round;
import static org.nkrtimeline.overview.OverviewLayout.BASELINE;
import static org.nkrtimeline.overview.OverviewLayout.DOT_PITCH;
import static org.nkrtimeline.overview.OverviewLayout.DOT_RADIUS;
import static org.nkrtimeline.overview.OverviewLayout.MAX_STACK;
import static org.nkrtimeline.overview.OverviewLayout.NOTE_CHAR_WIDTH;
import static org.nkrtimeline.overview.OverviewLayout.TOP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.nkrtimeline.overview.Overview.Dot;
import org.nkrtimeline.overview.Overview.Mark;
import org.nkrtimeline.overview.Overview.Note;

/**
 * One dot per article, stacked up from the baseline at its day.
 *
 * <p>Days closer together than a column's width are merged into one column rather than nudged apart.
 * Nudging would keep a link per day but move dots off their dates, and a cluster of a few dozen days
 * would spread over months of axis, which is exactly what a true time scale must not do. A merged
 * column stands at the middle of its days, no further from any of them than about its own width,
 * and its link opens the timeline for exactly those days, where each article is then listed.
 */
final class DayMarks {

    private DayMarks() {}

    /**
     * Days that share one column; x runs from the first day's centre to the last day's. A column is at
     * least {@code minWidth} wide: a dot's pitch, or a finger's width in the narrow drawing.
     */
    private record Column(
            LocalDate from,
            LocalDate to,
            double fromX,
            double toX,
            long total,
            long matching,
            long estimated,
            double minWidth) {

        double centre() {
            return (fromX + toX) / 2;
        }

        /** The column's least width, or wider when the "+N" note on top needs more. */
        double width(OverviewText text) {
            String note = note(total, text);
            return note == null ? minWidth : Math.max(minWidth, note.length() * NOTE_CHAR_WIDTH + 2);
        }

        boolean crowds(Column next, OverviewText text) {
            return next.centre() - centre() < (width(text) + next.width(text)) / 2;
        }

        Column with(Column next) {
            return new Column(
                    from,
                    next.to,
                    fromX,
                    next.toX,
                    total + next.total,
                    matching + next.matching,
                    estimated + next.estimated,
                    minWidth);
        }
    }

    /** @param minColumn the narrowest column, at least a dot's pitch: closer days share one */
    static List<Mark> layout(
            Iterable<OverviewDay> days,
            TimeScale scale,
            double minColumn,
            boolean filtered,
            Function<DateRange, String> linkFor,
            OverviewText text) {
        List<Column> columns = new ArrayList<>();
        for (OverviewDay day : days) {
            double x = scale.centre(day.date());
            columns.add(
                    new Column(day.date(), day.date(), x, x, day.total(), day.matching(), day.estimated(), minColumn));
            // Merging moves a column's centre right, never left, so only the newest pair can crowd.
            while (columns.size() > 1
                    && columns.get(columns.size() - 2).crowds(columns.get(columns.size() - 1), text)) {
                Column last = columns.remove(columns.size() - 1);
                columns.set(columns.size() - 1, columns.get(columns.size() - 1).with(last));
            }
        }
        return columns.stream()
                .map(column -> mark(column, filtered, linkFor, text))
                .toList();
    }

    private static Mark mark(Column column, boolean filtered, Function<DateRange, String> linkFor, OverviewText text) {
        double x = round(column.centre());
        long total = column.total();
        String note = note(total, text);
        int shown = (int) (note == null ? total : MAX_STACK - 1);
        // The query counts matching and estimated articles separately, not which are both, so a mixed
        // stack puts matching dots at the foot and estimated ones at the top; the link's name has the counts.
        long matchingDots = filtered ? share(column.matching(), total, shown) : shown;
        long estimatedDots = share(column.estimated(), total, shown);
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            dots.add(new Dot(x, slot(i), DOT_RADIUS, i >= matchingDots, i >= shown - estimatedDots));
        }
        Note more = note == null ? null : new Note(x, round(slot(shown) + 3), note);

        boolean oneDay = column.from().equals(column.to());
        String dateText = text.days(column.from(), column.to());
        double width = column.width(text);
        return new Mark(
                column.from(),
                column.to(),
                dateText,
                oneDay ? column.from().toString() : null,
                linkFor.apply(new DateRange(column.from(), column.to())),
                text.markName(dateText, total, column.matching(), column.estimated(), filtered),
                total,
                column.matching(),
                column.estimated(),
                OverviewLayout.rect(column.centre() - width / 2, TOP, width, BASELINE - TOP),
                null,
                null,
                dots,
                more);
    }

    /** The centre of the i-th dot up the stack. */
    private static double slot(int i) {
        return round(BASELINE - DOT_RADIUS - 2 - i * DOT_PITCH);
    }

    /** "+8" when a stack of more than five shows four dots and a number; null when every dot is drawn. */
    private static String note(long total, OverviewText text) {
        return total > MAX_STACK ? "+" + text.number(total - (MAX_STACK - 1)) : null;
    }

    /**
     * How many of {@code slots} dots stand for {@code part} of {@code total}: exact when every article
     * has a dot, otherwise in proportion, but never none or all unless it is.
     */
    private static long share(long part, long total, int slots) {
        if (part == 0 || part == total) {
            return part == 0 ? 0 : slots;
        }
        return Math.max(1, Math.min(slots - 1, Math.round((double) part * slots / total)));
    }
}
