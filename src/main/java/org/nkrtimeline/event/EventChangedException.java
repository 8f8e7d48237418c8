package org.nkrtimeline.event;

import java.util.List;

/** Another editor corrected the event after the form was opened: nothing of this form was saved. */
public class EventChangedException extends RuntimeException {

    private final transient EditableEvent current;

    EventChangedException(EditableEvent current) {
        super("the event changed since the form was opened");
        this.current = current;
    }

    public EditableEvent current() {
        return current;
    }

    /** The changes made since {@code version}, oldest first. */
    public List<EditableEvent.Change> missedSince(long version) {
        return current.history().stream()
                .filter(change -> change.eventVersion() > version)
                .toList();
    }
}
