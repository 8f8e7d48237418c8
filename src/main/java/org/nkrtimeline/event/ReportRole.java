package org.nkrtimeline.event;

import java.util.Arrays;
import java.util.Optional;

/** What a report is to its event (the column event_report.role). */
public enum ReportRole {
    FIRST_REPORT("first_report", "event.role.firstReport"),
    FOLLOW_UP("follow_up", "event.role.followUp"),
    REWRITE("rewrite", "event.role.rewrite"),
    REPOST("repost", "event.role.repost"),
    BACKGROUND("background", "event.role.background");

    private final String column;
    private final String messageKey;

    ReportRole(String column, String messageKey) {
        this.column = column;
        this.messageKey = messageKey;
    }

    /** The message that names the role. */
    public String messageKey() {
        return messageKey;
    }

    /** The value of the column, which the editors' forms and the API use too: "follow_up". */
    public String column() {
        return column;
    }

    /** The role a column value or a form's value names, if any. */
    public static Optional<ReportRole> fromColumn(String value) {
        return Arrays.stream(values()).filter(role -> role.column.equals(value)).findFirst();
    }

    static ReportRole ofColumn(String value) {
        return fromColumn(value).orElseThrow(() -> new IllegalArgumentException("no report role " + value));
    }
}
