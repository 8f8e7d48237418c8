package org.nkrtimeline.api;

import java.util.List;

/**
 * A parameter only the API takes (limit, kind) or a slug it refuses to ignore: the problem and the
 * hint in the API's own English words, as {@link ApiProblems} has them, and the parameters at fault.
 */
class ApiParameterException extends RuntimeException {

    private final String hint;
    private final List<String> parameters;

    ApiParameterException(String problem, String hint, String... parameters) {
        super(problem);
        this.hint = hint;
        this.parameters = List.of(parameters);
    }

    String hint() {
        return hint;
    }

    List<String> parameters() {
        return parameters;
    }
}
