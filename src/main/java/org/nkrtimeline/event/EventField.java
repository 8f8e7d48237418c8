package org.nkrtimeline.event;

/** What an event's history records a change of (the column event_change.field). */
public enum EventField {
    TITLE("editor.eventEdit.field.title"),
    DATES("editor.eventEdit.field.dates"),
    SUMMARY("editor.eventEdit.field.summary"),
    /** A report's role changed, or the report was taken from the event: "slug (role)". */
    REPORT("editor.eventEdit.field.report"),
    /** Another event was merged into this one: its address, then its title and how many reports came. */
    MERGED("editor.eventEdit.field.merged"),
    /** The report a rewrite was written from: "rewrite-slug, a rewrite of original-slug" (or "of none"). */
    ORIGINAL("editor.eventEdit.field.original"),
    /** Reports split off into a new event: "slug (role), …" on one side, "none (other-event)" on the other. */
    SPLIT("editor.eventEdit.field.split");

    private final String messageKey;

    EventField(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
