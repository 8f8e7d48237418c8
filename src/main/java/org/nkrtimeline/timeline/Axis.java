package org.nkrtimeline.timeline;

import org.nkrtimeline.index.DateField;

/** Which date places an article on the timeline. */
public enum Axis {
    EVENT("event", "axis.event.inSentence", "event_date", "published_date"),
    PUBLISHED("published", "axis.published.inSentence", "published_date", "event_date");

    private final String param;
    private final String inSentenceKey;
    private final String column;
    private final String otherColumn;

    Axis(String param, String inSentenceKey, String column, String otherColumn) {
        this.param = param;
        this.inSentenceKey = inSentenceKey;
        this.column = column;
        this.otherColumn = otherColumn;
    }

    public String param() {
        return param;
    }

    /** The message key of the name inside a sentence: "by event date". */
    public String inSentenceKey() {
        return inSentenceKey;
    }

    /** The article column this axis orders and filters by: a constant, never user input. */
    String column() {
        return column;
    }

    String otherColumn() {
        return otherColumn;
    }

    /** The index's field for this axis's date. */
    DateField field() {
        return this == EVENT ? DateField.EVENT : DateField.PUBLISHED;
    }

    DateField otherField() {
        return this == EVENT ? DateField.PUBLISHED : DateField.EVENT;
    }
}
