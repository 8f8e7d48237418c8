package org.nkrtimeline.event;

/**
 * An article reports at most one event (event_report's key): an assignment to a second one, or a new
 * event made from an article that already reports one, is refused and nothing is changed.
 */
public class AlreadyReportsException extends RuntimeException {

    private final transient EventLink current;

    AlreadyReportsException(EventLink current) {
        super("the article already reports " + current.title());
        this.current = current;
    }

    /** The event the article reports. */
    public EventLink current() {
        return current;
    }
}
