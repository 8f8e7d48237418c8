package org.nkrtimeline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nkrtimeline.web.UrlParts;

/**
 * What the reader asked the timeline to show. It lives entirely in the URL, so {@link #queryString()}
 * is what every link that keeps the reader's filters carries.
 *
 * @param topics   topic slugs; an article matches if it has any of them
 * @param query    the search, as typed (whitespace tidied), or null for no search
 * @param entities entity slugs; an article matches if it mentions all of them
 * @param view     one entry per event (the default) or one per article; the matches are the same
 */
public record TimelineFilter(
        Axis axis,
        LocalDate from,
        LocalDate to,
        SortOrder order,
        List<String> topics,
        String query,
        List<String> entities,
        TimelineView view) {

    public static final TimelineFilter ALL = new TimelineFilter(Axis.EVENT, null, null, SortOrder.ASC, List.of());

    public TimelineFilter {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
        if (view == null) {
            view = TimelineView.EVENTS;
        }
    }

    /** A filter in the default view, one entry per event. */
    public TimelineFilter(
            Axis axis,
            LocalDate from,
            LocalDate to,
            SortOrder order,
            List<String> topics,
            String query,
            List<String> entities) {
        this(axis, from, to, order, topics, query, entities, TimelineView.EVENTS);
    }

    /** A filter without a search or entities. */
    public TimelineFilter(Axis axis, LocalDate from, LocalDate to, SortOrder order, List<String> topics) {
        this(axis, from, to, order, topics, null, List.of(), TimelineView.EVENTS);
    }

    public boolean hasDateRange() {
        return from != null || to != null;
    }

    public boolean hasQuery() {
        return query != null;
    }

    public boolean isFiltered() {
        return hasDateRange() || !topics.isEmpty() || hasQuery() || !entities.isEmpty();
    }

    /** Whether results are ranked by relevance rather than placed in time. */
    public boolean isRanked() {
        return order == SortOrder.RELEVANCE;
    }

    /** Whether an event's reports are one entry, under the event. */
    public boolean isGroupedByEvent() {
        return view == TimelineView.EVENTS;
    }

    public boolean hasTopic(String slug) {
        return topics.contains(slug);
    }

    public boolean hasEntity(String slug) {
        return entities.contains(slug);
    }

    public TimelineFilter withTopics(List<String> newTopics) {
        return new TimelineFilter(axis, from, to, order, newTopics, query, entities, view);
    }

    public TimelineFilter withEntities(List<String> newEntities) {
        return new TimelineFilter(axis, from, to, order, topics, query, newEntities, view);
    }

    public TimelineFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new TimelineFilter(axis, newFrom, newTo, order, topics, query, entities, view);
    }

    public TimelineFilter withOrder(SortOrder newOrder) {
        return new TimelineFilter(axis, from, to, newOrder, topics, query, entities, view);
    }

    public TimelineFilter withView(TimelineView newView) {
        return new TimelineFilter(axis, from, to, order, topics, query, entities, newView);
    }

    /**
     * The filter in the default view: for the files and lists whose rows are articles whatever the
     * page shows (the feed, the exports, the API), whose links need no view.
     */
    public TimelineFilter withoutView() {
        return withView(TimelineView.EVENTS);
    }

    /** The same filter without the search: what to suggest when a search finds nothing. */
    public TimelineFilter withoutQuery() {
        return new TimelineFilter(
                axis, from, to, order == SortOrder.RELEVANCE ? SortOrder.ASC : order, topics, null, entities, view);
    }

    /** Only the search: what to suggest when the search finds nothing under the other filters. */
    public TimelineFilter onlyQuery() {
        return new TimelineFilter(axis, null, null, order, List.of(), query, List.of(), view);
    }

    /** The filter as URL parameters, defaults left out; empty for the unfiltered timeline. */
    public String queryString() {
        List<String> params = new ArrayList<>();
        if (query != null) {
            params.add("q=" + UrlParts.queryValue(query));
        }
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
        topics.forEach(topic -> params.add("topic=" + UrlParts.queryValue(topic)));
        entities.forEach(entity -> params.add("entity=" + UrlParts.queryValue(entity)));
        if (view != TimelineView.EVENTS) {
            params.add("view=" + view.param());
        }
        return String.join("&", params);
    }

    /** The timeline page that starts after (or ends before) an article: {@code /?topic=space&after=42}. */
    public String pageLink(String cursorParameter, long articleId) {
        String query = queryString();
        return "/?" + (query.isEmpty() ? "" : query + "&") + cursorParameter + "=" + articleId;
    }

    /**
     * The timeline of an entity's page: the articles that mention it, one entry each (the page lists
     * the entity's events above them).
     */
    public static TimelineFilter ofEntityPage(String entitySlug) {
        return ALL.withEntities(List.of(entitySlug)).withView(TimelineView.ARTICLES);
    }

    /**
     * The filter of a timeline address's query parameters (decoded), as the timeline reads them.
     *
     * @throws InvalidFilterException when the timeline would refuse them (its 400)
     */
    public static TimelineFilter fromParameters(Map<String, List<String>> parameters) {
        return TimelineFilterParser.parse(parameters);
    }

    /** {@code path} with this filter's parameters appended, e.g. {@code /?topic=space}. */
    public String link(String path) {
        String query = queryString();
        return query.isEmpty() ? path : path + "?" + query;
    }
}
