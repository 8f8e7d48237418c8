package org.nkrtimeline.timeline;

public enum SortOrder {
    ASC("asc", "Oldest first"),
    DESC("desc", "Newest first"),
    /** Best match first; only with a search. */
    RELEVANCE("relevance", "Best match first");

    private final String param;
    private final String label;

    SortOrder(String param, String label) {
        this.param = param;
        this.label = label;
    }

    public String param() {
        return param;
    }

    public String label() {
        return label;
    }
}
