package org.nkrtimeline.index;

/**
 * An article's two dates as the index sorts and filters them. Each is indexed twice, a missing date
 * replaced by the largest value in one and the smallest in the other, so that in either order the
 * undated come last and every article has a key (as the database's order put them last).
 */
public enum DateField {
    EVENT("event_day"),
    PUBLISHED("published_day");

    private final String name;

    DateField(String name) {
        this.name = name;
    }

    /** The field for oldest first: a missing date is {@link Long#MAX_VALUE}, days are epoch days. */
    public String lastWhenAscending() {
        return name + "_hi";
    }

    /** The field for newest first: a missing date is {@link Long#MIN_VALUE}. */
    public String lastWhenDescending() {
        return name + "_lo";
    }
}
