package org.nkrtimeline.overview;

/** What one mark of the overview stands for, with the message keys of its words. */
public enum Granularity {
    DAY("overview.granularity.day", "overview.granularity.day.column", "overview.granularity.day.counts"),
    MONTH("overview.granularity.month", "overview.granularity.month.column", "overview.granularity.month.counts"),
    YEAR("overview.granularity.year", "overview.granularity.year.column", "overview.granularity.year.counts");

    private final String nounKey;
    private final String columnHeadingKey;
    private final String countsHeadingKey;

    Granularity(String nounKey, String columnHeadingKey, String countsHeadingKey) {
        this.nounKey = nounKey;
        this.columnHeadingKey = columnHeadingKey;
        this.countsHeadingKey = countsHeadingKey;
    }

    /** "month", as in "Each bar is a month". */
    public String nounKey() {
        return nounKey;
    }

    /** "Month", heading the table's first column. */
    public String columnHeadingKey() {
        return columnHeadingKey;
    }

    /** "Counts by month", naming the table. */
    public String countsHeadingKey() {
        return countsHeadingKey;
    }
}
