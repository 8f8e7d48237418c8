package org.nkrtimeline.api;

import java.util.List;
import org.nkrtimeline.timeline.TimelineCursor;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelineService;
import org.nkrtimeline.web.SiteUrl;
import org.nkrtimeline.web.UrlParts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The absolute URLs the API's responses carry, all on the configured site address ({@link SiteUrl}),
 * never on the request's Host header: a response must say the same whoever asked and however.
 */
@Component
class ApiLinks {

    static final String V1 = "/api/v1";

    private final SiteUrl site;
    private final int defaultLimit;

    ApiLinks(SiteUrl site, @Value(TimelineService.PAGE_SIZE) int defaultLimit) {
        this.site = site;
        this.defaultLimit = defaultLimit;
    }

    /** The reader's page of an article. */
    String articlePage(String slug) {
        return site.absolute("/articles/" + UrlParts.pathSegment(slug));
    }

    String article(String slug) {
        return site.absolute(V1 + "/articles/" + UrlParts.pathSegment(slug));
    }

    String entityPage(String slug) {
        return site.absolute("/entities/" + UrlParts.pathSegment(slug));
    }

    String entity(String slug) {
        return site.absolute(V1 + "/entities/" + UrlParts.pathSegment(slug));
    }

    String eventPage(String slug) {
        return site.absolute("/events/" + UrlParts.pathSegment(slug));
    }

    String event(String slug) {
        return site.absolute(V1 + "/events/" + UrlParts.pathSegment(slug));
    }

    /** The API's list of events after the event {@code after} (a slug), {@code limit} a page. */
    String events(String after, int limit) {
        String query = limit == defaultLimit ? "" : "limit=" + limit;
        if (after != null) {
            query = join(query, "after=" + UrlParts.queryValue(after));
        }
        return site.absolute(V1 + "/events" + (query.isEmpty() ? "" : "?" + query));
    }

    /** The timeline page of one topic. */
    String topicPage(String slug) {
        return site.absolute(TimelineFilter.ALL.withTopics(List.of(slug)).link("/"));
    }

    /** The first page of the API's list of the articles that match a filter, at the default limit. */
    String articles(TimelineFilter filter) {
        return articles(filter, TimelineCursor.FIRST_PAGE, defaultLimit);
    }

    /** The API's list of the articles that match a filter, from the page the cursor names. */
    String articles(TimelineFilter filter, TimelineCursor cursor, int limit) {
        String query = filter.withoutView().queryString();
        if (limit != defaultLimit) {
            query = join(query, "limit=" + limit);
        }
        if (cursor.after() != null) {
            query = join(query, "after=" + cursor.after());
        } else if (cursor.before() != null) {
            query = join(query, "before=" + cursor.before());
        }
        return site.absolute(V1 + "/articles" + (query.isEmpty() ? "" : "?" + query));
    }

    private static String join(String query, String param) {
        return query.isEmpty() ? param : query + "&" + param;
    }
}
