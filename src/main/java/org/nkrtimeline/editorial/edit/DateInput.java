package org.nkrtimeline.editorial.edit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.i18n.Message;

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
     * @throws InvalidDate with a message for the editor (in English; {@link InvalidDate#text()} for
     *     the site's language), naming what they typed
     */
    public static DateInput parse(String typed, boolean allowPartial) {
        Matcher parts = FORMAT.matcher(typed.strip());
        if (!parts.matches() || (!allowPartial && parts.group(3) == null)) {
            throw new InvalidDate(
                    new Message(allowPartial ? "metadata.error.date.partial" : "metadata.error.date.day"));
        }
        int year = Integer.parseInt(parts.group(1));
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new InvalidDate(new Message(
                    "metadata.error.date.year", String.valueOf(EARLIEST_YEAR), String.valueOf(LATEST_YEAR)));
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
            throw new InvalidDate(new Message("metadata.error.date.calendar", typed.strip()));
        }
    }

    /** A typed date that is not one, and why. */
    public static final class InvalidDate extends IllegalArgumentException {

        private final transient Message text;

        InvalidDate(Message text) {
            super(text.english());
            this.text = text;
        }

        public Message text() {
            return text;
        }
    }
}
