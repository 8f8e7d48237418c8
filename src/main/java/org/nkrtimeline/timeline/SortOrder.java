package org.nkrtimeline.timeline;

public enum SortOrder {
    ASC("asc", "order.asc.inSentence"),
    DESC("desc", "order.desc.inSentence"),
    /** Best match first; only with a search. */
    RELEVANCE("relevance", "order.relevance.inSentence");

    private final String param;
    private final String inSentenceKey;

    SortOrder(String param, String inSentenceKey) {
        this.param = param;
        this.inSentenceKey = inSentenceKey;
    }

    public String param() {
        return param;
    }

    /** The message key of the name inside a sentence: "oldest first, by event date". */
    public String inSentenceKey() {
        return inSentenceKey;
    }
}
