package org.nkrtimeline.editing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkrtimeline.article.DatePrecision;

/**
 * A date as an editor types it: as much of it as is known, "2024-06-19", "2024-06" or
 * "2024", so the precision is what was typed and never more. A month or a year is stored as its
 * first day, with its precision.
 */
public record DateInput(LocalDate date, DatePrecision precision) {

    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2100;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * Reads a typed date.
     *
     * @throws IllegalArgumentException with a message for the editor, naming what they typed
     */
    public static DateInput parse(String typed, boolean allowPartial) {
        Matcher parts = FORMAT.matcher(typed.strip());
        if (!parts.matches() || (!allowPartial && parts.group(3) == null)) {
            throw new IllegalArgumentException(allowPartial
                    ? "Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known."
                    : "Write the date as YYYY-MM-DD.");
        }
        int year = Integer.parseInt(parts.group(1));
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new IllegalArgumentException("The year must be between %d and %d.".formatted(EARLIEST_YEAR, LATEST_YEAR));
        }
        try {
            if (parts.group(2) == null) {
                return new DateInput(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            int month = Integer.parseInt(parts.group(2));
            if (parts.group(3) == null) {
                return new DateInput(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            }
            return new DateInput(LocalDate.of(year, month, Integer.parseInt(parts.group(3))), DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("“%s” is not a date in the calendar.".formatted(typed.strip()));
        }
    }
}
