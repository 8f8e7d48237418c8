package org.nkrtimeline.timeline;

public enum SortOrder {
    ASC("asc", "Oldest first"),
    DESC("desc", "Newest first");

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

    String sql() {
        return this == ASC ? "asc" : "desc";
    }
}
