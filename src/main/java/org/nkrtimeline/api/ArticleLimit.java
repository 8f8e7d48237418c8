package org.nkrtimeline.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The API's {@code limit} parameter: how many articles a page of the list holds. */
final class ArticleLimit {

    static final int DEFAULT = 50;
    static final int MAX = 100;

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}");

    private ArticleLimit() {
    }

    static int parse(Map<String, List<String>> params) {
        List<String> values = params.getOrDefault("limit", List.of()).stream()
                .filter(value -> value != null && !value.isBlank()).toList();
        if (values.isEmpty()) {
            return DEFAULT;
        }
        if (values.size() > 1) {
            throw new ApiParameterException("“limit” was given %d times; it takes one value.".formatted(values.size()),
                    "Give one limit.", "limit");
        }
        String value = values.get(0).strip();
        int limit = NUMBER.matcher(value).matches() ? Integer.parseInt(value) : 0;
        if (limit < 1 || limit > MAX) {
            throw new ApiParameterException("“limit” must be a whole number from 1 to %d.".formatted(MAX),
                    "Leave it out for %d articles a page.".formatted(DEFAULT), "limit");
        }
        return limit;
    }
}
