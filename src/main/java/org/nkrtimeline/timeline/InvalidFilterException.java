package org.nkrtimeline.timeline;

import java.util.List;

/**
 * A timeline request the reader can fix: what was wrong, how to fix it, and which parameters of the
 * address are at fault (the API names them in its problem details; the page says it in words).
 */
public class InvalidFilterException extends RuntimeException {

    private final String hint;
    private final List<String> parameters;

    public InvalidFilterException(String problem, String hint, String... parameters) {
        super(problem);
        this.hint = hint;
        this.parameters = List.of(parameters);
    }

    public String hint() {
        return hint;
    }

    /** The parameters at fault, such as {@code from} and {@code to} for a start after the end. */
    public List<String> parameters() {
        return parameters;
    }
}
