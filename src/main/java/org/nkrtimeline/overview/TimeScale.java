package org.nkrtimeline.overview;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A linear map from dates to x: equal stretches of time take equal widths, so quiet periods show as
 * gaps. The span is padded out to whole months, or to whole years once it is so long that bars are
 * years. Padding a shorter span to years would draw up to eleven empty months at either end, which
 * reads as a quiet spell that never happened.
 *
 * @param start first day drawn
 * @param end   the day after the last one drawn
 */
record TimeScale(LocalDate start, LocalDate end, double left, double right) {

    /**
     * Beyond this many months (fifteen years) the span is padded to whole years, and bars are years:
     * fifteen years of months leave each bar about 4 units, and thinner bars blur together and are
     * hard to hit.
     */
    static final int MONTH_PADDING_LIMIT = 180;

    static TimeScale covering(LocalDate first, LocalDate last, double left, double right) {
        LocalDate start = first.withDayOfMonth(1);
        LocalDate end = last.withDayOfMonth(1).plusMonths(1);
        if (isLong(first, last)) {
            start = start.withDayOfYear(1);
            end = last.withDayOfYear(1).plusYears(1);
        }
        return new TimeScale(start, end, left, right);
    }

    /** Whether first to last spans more than {@link #MONTH_PADDING_LIMIT} calendar months. */
    static boolean isLong(LocalDate first, LocalDate last) {
        return ChronoUnit.MONTHS.between(
                        first.withDayOfMonth(1), last.withDayOfMonth(1).plusMonths(1))
                > MONTH_PADDING_LIMIT;
    }

    long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    double unitsPerDay() {
        return (right - left) / days();
    }

    /** Where the day begins. */
    double x(LocalDate date) {
        return left + ChronoUnit.DAYS.between(start, date) * unitsPerDay();
    }

    /** The middle of the day: where a mark for that day stands. */
    double centre(LocalDate date) {
        return x(date) + unitsPerDay() / 2;
    }
}
