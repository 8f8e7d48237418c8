package org.nkrtimeline.timeline;

/** A timeline request the reader can fix: what was wrong, and how to fix it. */
public class InvalidFilterException extends RuntimeException {

    private final String hint;

    public InvalidFilterException(String problem, String hint) {
        super(problem);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
