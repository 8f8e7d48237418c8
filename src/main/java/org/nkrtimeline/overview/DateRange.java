package org.nkrtimeline.overview;

import java.time.LocalDate;
import java.util.Objects;

/** The inclusive dates of one mark or bar: what its link filters the timeline to. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Range ends before it starts: " + from + " to " + to);
        }
    }
}
