package org.nkrtimeline.timeline;

import org.nkrtimeline.index.DateField;

/** Which date places an article on the timeline. */
public enum Axis {
    EVENT("event", "axis.event.inSentence"),
    PUBLISHED("published", "axis.published.inSentence");

    private final String param;
    private final String inSentenceKey;

    Axis(String param, String inSentenceKey) {
        this.param = param;
        this.inSentenceKey = inSentenceKey;
    }

    public String param() {
        return param;
    }

    /** The message key of the name inside a sentence: "by event date". */
    public String inSentenceKey() {
        return inSentenceKey;
    }

    /** The index's field for this axis's date. */
    DateField field() {
        return this == EVENT ? DateField.EVENT : DateField.PUBLISHED;
    }

    DateField otherField() {
        return this == EVENT ? DateField.PUBLISHED : DateField.EVENT;
    }
}
