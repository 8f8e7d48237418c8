package org.nkrtimeline.timeline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reader asked the timeline to show. It lives entirely in the URL, so {@link #queryString()}
 * is what every link that keeps the reader's filters carries.
 */
public record TimelineFilter(Axis axis, LocalDate from, LocalDate to, SortOrder order, List<String> topics) {

    public static final TimelineFilter ALL = new TimelineFilter(Axis.EVENT, null, null, SortOrder.ASC, List.of());

    public TimelineFilter {
        topics = List.copyOf(topics);
    }

    public boolean hasDateRange() {
        return from != null || to != null;
    }

    public boolean isFiltered() {
        return hasDateRange() || !topics.isEmpty();
    }

    public boolean hasTopic(String slug) {
        return topics.contains(slug);
    }

    public TimelineFilter withTopics(List<String> newTopics) {
        return new TimelineFilter(axis, from, to, order, newTopics);
    }

    /** The filter as URL parameters, defaults left out; empty for the unfiltered timeline. */
    public String queryString() {
        List<String> params = new ArrayList<>();
        if (axis != Axis.EVENT) {
            params.add("axis=" + axis.param());
        }
        if (from != null) {
            params.add("from=" + from);
        }
        if (to != null) {
            params.add("to=" + to);
        }
        if (order != SortOrder.ASC) {
            params.add("order=" + order.param());
        }
        topics.forEach(topic -> params.add("topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8)));
        return String.join("&", params);
    }

    /** The timeline page that starts after (or ends before) an article: {@code /?topic=space&after=42}. */
    public String pageLink(String cursorParameter, long articleId) {
        String query = queryString();
        return "/?" + (query.isEmpty() ? "" : query + "&") + cursorParameter + "=" + articleId;
    }

    /** {@code path} with this filter's parameters appended, e.g. {@code /?topic=space}. */
    public String link(String path) {
        String query = queryString();
        return query.isEmpty() ? path : path + "?" + query;
    }
}
