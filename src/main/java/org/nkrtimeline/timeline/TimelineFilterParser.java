package org.nkrtimeline.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.nkrtimeline.i18n.Message;

/**
 * Reads the timeline's URL parameters strictly: anything it cannot make sense of becomes an
 * {@link InvalidFilterException} that says which parameter and how to fix it, in messages (the
 * "filter." keys) that the page reads through {@code SiteText}. Unknown parameters are ignored, as
 * links from elsewhere often carry tracking parameters.
 *
 * <p>Only {@link TimelineArguments} calls it, for every controller that declares a filter or a cursor:
 * no other feature reads the timeline's parameters by hand.
 */
final class TimelineFilterParser {

    static final int MAX_VALUE_LENGTH = 200;
    /** Parameters this page does not use are ignored, but not at any length. */
    static final int MAX_OTHER_LENGTH = 1000;

    static final int MAX_TOPICS = 20;
    static final int MAX_ENTITIES = 20;

    private static final List<String> KNOWN =
            List.of("q", "axis", "from", "to", "order", "topic", "entity", "view", "after", "before");
    private static final Pattern CONTROL_CHARACTER = Pattern.compile("\\p{Cc}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ARTICLE_ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Message CHECK_THE_LINK = new Message("filter.hint.checkLink");
    private static final Message USE_THE_PAGE_LINKS = new Message("filter.hint.pageLinks");
    private static final Message WRITE_THE_DATE = new Message("filter.date.hint");

    private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private TimelineFilterParser() {}

    static TimelineFilter parse(Map<String, List<String>> params) {
        params.forEach((param, values) -> values.forEach(value -> requirePlainValue(param, value)));
        Axis axis = parseAxis(single(params, "axis"));
        LocalDate from = parseDate("from", single(params, "from"));
        LocalDate to = parseDate("to", single(params, "to"));
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidFilterException(
                    new Message("filter.startAfterEnd", from.toString(), to.toString()),
                    new Message("filter.startAfterEnd.hint"),
                    "from",
                    "to");
        }
        String query = parseQuery(single(params, "q"));
        SortOrder order = parseOrder(single(params, "order"));
        if (order == SortOrder.RELEVANCE && query == null) {
            // Nothing to rank by: the form keeps "best match" selected when the search box is cleared.
            order = SortOrder.ASC;
        }
        return new TimelineFilter(
                axis,
                from,
                to,
                order,
                slugs(params, "topic", MAX_TOPICS, "filter.tooManyTopics", "filter.tooManyTopics.hint"),
                query,
                slugs(params, "entity", MAX_ENTITIES, "filter.tooManyEntities", "filter.tooManyEntities.hint"),
                parseView(single(params, "view")));
    }

    /** Where the requested page of the timeline starts; the beginning if neither after nor before is given. */
    static TimelineCursor parseCursor(Map<String, List<String>> params) {
        Long after = parseArticleId("after", single(params, "after"));
        Long before = parseArticleId("before", single(params, "before"));
        if (after != null && before != null) {
            throw new InvalidFilterException(
                    new Message("filter.afterAndBefore"), USE_THE_PAGE_LINKS, "after", "before");
        }
        return new TimelineCursor(after, before);
    }

    private static Long parseArticleId(String param, String value) {
        if (value == null) {
            return null;
        }
        if (!ARTICLE_ID.matcher(value).matches()) {
            throw new InvalidFilterException(new Message("filter.notAPage", value, param), USE_THE_PAGE_LINKS, param);
        }
        return Long.valueOf(value);
    }

    /**
     * Whether the parameters are already as short as the filter they express: no empty fields and
     * no defaults, as a submitted form sends them. The timeline redirects to the short form so that
     * the address a reader shares says only what they chose.
     */
    static boolean isCanonical(Map<String, List<String>> params) {
        for (String param : KNOWN) {
            for (String value : params.getOrDefault(param, List.of())) {
                if (value == null
                        || value.isBlank()
                        || param.equals("axis") && value.equals(Axis.EVENT.param())
                        || param.equals("order") && value.equals(SortOrder.ASC.param())
                        || param.equals("view") && value.equals(TimelineView.EVENTS.param())
                        || param.equals("order") && value.equals(SortOrder.RELEVANCE.param()) && !hasQuery(params)
                        || param.equals("q") && !value.equals(tidyQuery(value))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasQuery(Map<String, List<String>> params) {
        return params.getOrDefault("q", List.of()).stream().anyMatch(value -> value != null && !value.isBlank());
    }

    /** Refuses values no filter can have: control characters such as NUL, and overlong values. */
    private static void requirePlainValue(String param, String value) {
        if (!KNOWN.contains(param)) {
            if (param.length() > MAX_OTHER_LENGTH || value != null && value.length() > MAX_OTHER_LENGTH) {
                throw new InvalidFilterException(
                        new Message("filter.otherTooLong", MAX_OTHER_LENGTH),
                        CHECK_THE_LINK,
                        param.length() > MAX_OTHER_LENGTH ? new String[0] : new String[] {param});
            }
            return;
        }
        if (value == null) {
            return;
        }
        if (CONTROL_CHARACTER.matcher(value).find()) {
            throw new InvalidFilterException(new Message("filter.controlCharacters", param), CHECK_THE_LINK, param);
        }
        requireShortEnough(param, value);
    }

    private static void requireShortEnough(String param, String value) {
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new InvalidFilterException(
                    new Message("filter.tooLong", param, value.length(), MAX_VALUE_LENGTH), CHECK_THE_LINK, param);
        }
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream()
                .filter(value -> value != null && !value.isBlank())
                .toList();
        if (values.size() > 1) {
            throw new InvalidFilterException(
                    new Message("filter.repeated", name, String.valueOf(values.size())),
                    new Message("filter.repeated.hint", name),
                    name);
        }
        return values.isEmpty() ? null : values.get(0).strip();
    }

    /**
     * Any text is a valid search: PostgreSQL's web-search syntax never rejects input, so a stray
     * quote or dash just searches for the words. Runs of whitespace become one space.
     */
    private static String parseQuery(String value) {
        String query = value == null ? "" : tidyQuery(value);
        return query.isEmpty() ? null : query;
    }

    private static String tidyQuery(String value) {
        return WHITESPACE.matcher(value).replaceAll(" ").strip();
    }

    private static Axis parseAxis(String value) {
        if (value == null) {
            return Axis.EVENT;
        }
        for (Axis axis : Axis.values()) {
            if (axis.param().equals(value)) {
                return axis;
            }
        }
        throw new InvalidFilterException(new Message("filter.axis", value), new Message("filter.axis.hint"), "axis");
    }

    private static TimelineView parseView(String value) {
        if (value == null) {
            return TimelineView.EVENTS;
        }
        for (TimelineView view : TimelineView.values()) {
            if (view.param().equals(value)) {
                return view;
            }
        }
        throw new InvalidFilterException(new Message("filter.view", value), new Message("filter.view.hint"), "view");
    }

    private static SortOrder parseOrder(String value) {
        if (value == null) {
            return SortOrder.ASC;
        }
        for (SortOrder order : SortOrder.values()) {
            if (order.param().equals(value)) {
                return order;
            }
        }
        throw new InvalidFilterException(new Message("filter.order", value), new Message("filter.order.hint"), "order");
    }

    private static LocalDate parseDate(String param, String value) {
        if (value == null) {
            return null;
        }
        if (!ISO_DATE_SHAPE.matcher(value).matches()) {
            throw new InvalidFilterException(new Message("filter.date.shape", value, param), WRITE_THE_DATE, param);
        }
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeException e) {
            throw new InvalidFilterException(
                    new Message("filter.date.notInCalendar", value, param), WRITE_THE_DATE, param);
        }
    }

    /** The slugs of {@code param}, at most {@code max}: the messages say so, and what to do instead. */
    private static List<String> slugs(
            Map<String, List<String>> params, String param, int max, String tooMany, String tooManyHint) {
        List<String> slugs = new ArrayList<>();
        for (String value : params.getOrDefault(param, List.of())) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String slug = value.strip().toLowerCase(Locale.ROOT);
            // Lowercasing can lengthen ("İ" becomes two characters): a slug past the limit would be
            // refused when read back from the page's own links.
            requireShortEnough(param, slug);
            if (!slugs.contains(slug)) {
                slugs.add(slug);
            }
        }
        if (slugs.size() > max) {
            throw new InvalidFilterException(
                    new Message(tooMany, String.valueOf(slugs.size()), max), new Message(tooManyHint), param);
        }
        return slugs;
    }
}
