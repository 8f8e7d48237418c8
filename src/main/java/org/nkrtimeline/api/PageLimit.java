package org.nkrtimeline.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The API's {@code limit} parameter: how many articles or events a page of a list holds. Left out, it is the
 * site's own page size ({@code timeline.page-size}), so a script and a reader page alike.
 */
record PageLimit(int size) {

    static final int MAX = 100;

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}");

    /** The limit the request's {@code limit} values give; {@code pageSize} when they give none. */
    static PageLimit parse(List<String> given, int pageSize) {
        List<String> values = given.stream()
                .filter(value -> value != null && !value.isBlank())
                .toList();
        if (values.isEmpty()) {
            return new PageLimit(pageSize);
        }
        if (values.size() > 1) {
            throw new ApiParameterException(
                    "“limit” was given %d times; it takes one value.".formatted(values.size()),
                    "Give one limit.",
                    "limit");
        }
        String value = values.get(0).strip();
        int limit = NUMBER.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (limit < 1 || limit > MAX) {
            throw new ApiParameterException(
                    "“limit” must be a whole number from 1 to %d.".formatted(MAX),
                    "Leave it out for %d a page.".formatted(pageSize),
                    "limit");
        }
        return new PageLimit(limit);
    }
}
