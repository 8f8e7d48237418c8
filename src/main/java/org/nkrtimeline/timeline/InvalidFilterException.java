package org.nkrtimeline.timeline;

/** A timeline request the reader can fix: what was wrong with which parameter, and how to fix it. */
public class InvalidFilterException extends RuntimeException {

    private final String parameter;
    private final String hint;

    public InvalidFilterException(String parameter, String problem, String hint) {
        super(problem);
        this.parameter = parameter;
        this.hint = hint;
    }

    public String parameter() {
        return parameter;
    }

    public String hint() {
        return hint;
    }
}
