package org.nkrtimeline.timeline;

/** How the timeline shows articles that report one event. */
public enum TimelineView {
    /** One entry per event, its reports listed under it; the default. */
    EVENTS("events"),
    /** One entry per article, as before events existed. */
    ARTICLES("articles");

    private final String param;

    TimelineView(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }
}
