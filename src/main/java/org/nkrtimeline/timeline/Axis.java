package org.nkrtimeline.timeline;

/** Which date places an article on the timeline. */
public enum Axis {
    EVENT("event", "Event date", "event_date", "published_date"),
    PUBLISHED("published", "Publication date", "published_date", "event_date");

    private final String param;
    private final String label;
    private final String column;
    private final String otherColumn;

    Axis(String param, String label, String column, String otherColumn) {
        this.param = param;
        this.label = label;
        this.column = column;
        this.otherColumn = otherColumn;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }

    /** The article column this axis orders and filters by: a constant, never user input. */
    String column() {
        return column;
    }

    String otherColumn() {
        return otherColumn;
    }
}
