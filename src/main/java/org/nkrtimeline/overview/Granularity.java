package org.nkrtimeline.overview;

/** What one mark of the overview stands for. */
public enum Granularity {
    DAY("day", "Day", "Counts by day"),
    MONTH("month", "Month", "Counts by month"),
    YEAR("year", "Year", "Counts by year");

    private final String noun;
    private final String columnHeading;
    private final String countsHeading;

    Granularity(String noun, String columnHeading, String countsHeading) {
        this.noun = noun;
        this.columnHeading = columnHeading;
        this.countsHeading = countsHeading;
    }

    public String noun() {
        return noun;
    }

    public String columnHeading() {
        return columnHeading;
    }

    public String countsHeading() {
        return countsHeading;
    }
}
