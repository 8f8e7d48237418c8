package org.nkrtimeline.overview;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day on the chosen date axis.
 *
 * @param total     articles of the whole collection on this day, whatever the reader's filter
 * @param matching  how many of them the reader's current filter matches
 * @param estimated how many of them have an estimated rather than an exact date
 */
public record OverviewDay(LocalDate date, long total, long matching, long estimated) {

    public OverviewDay {
        Objects.requireNonNull(date, "date");
        if (total < 0 || matching < 0 || estimated < 0 || matching > total || estimated > total) {
            throw new IllegalArgumentException("Counts for " + date + " do not add up: total " + total + ", matching "
                    + matching + ", estimated " + estimated);
        }
    }
}
