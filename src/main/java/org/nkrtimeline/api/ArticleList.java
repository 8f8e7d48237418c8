package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.nkrtimeline.timeline.TimelineCursor;
import org.nkrtimeline.timeline.TimelineEntry;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelinePage;

/** One page of the articles a filter matches, in timeline order, with the links to the pages either side. */
record ArticleList(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ArticleSummary> articles,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Count count,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Links links) {

    /** The page, with links to itself and to the pages either side that keep its filter and limit. */
    static ArticleList of(TimelinePage page, TimelineCursor cursor, int limit, ApiLinks links) {
        TimelineFilter filter = page.filter();
        List<TimelineEntry> entries = page.entries();
        String next = page.paging().next() == null
                ? null
                : links.articles(
                        filter,
                        new TimelineCursor(entries.get(entries.size() - 1).id(), null),
                        limit);
        String previous = page.paging().previous() == null
                ? null
                : links.articles(filter, new TimelineCursor(null, entries.get(0).id()), limit);
        return new ArticleList(
                entries.stream().map(entry -> ArticleSummary.of(entry, links)).toList(),
                new Count(
                        page.counts().shown(),
                        page.counts().total(),
                        page.counts().undatedLeftOut(),
                        page.paging().first(),
                        page.paging().last()),
                new Links(links.articles(filter, cursor, limit), next, previous));
    }

    @Schema(name = "ArticleCount")
    record Count(
            @Schema(
                    description = "Articles the filter matches, on this page and the others",
                    example = "5",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            long matching,

            @Schema(
                    description = "Public articles in the collection",
                    example = "5",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            long total,

            @Schema(
                    description = "Articles that match all but the date range and have no date on the chosen axis,"
                            + " so were left out",
                    example = "0",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            long undatedLeftOut,

            @Schema(
                    description = "Position of this page's first article among the matches,"
                            + " counting from 1; 0 on an empty page",
                    example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            long first,

            @Schema(
                    description = "Position of this page's last article; 0 on an empty page",
                    example = "5",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            long last) {}

    @Schema(name = "ArticleListLinks")
    record Links(
            @Schema(
                    description = "This page",
                    format = "uri",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "http://localhost:8080/api/v1/articles?topic=space")
            String self,

            @Schema(
                    description = "The page after this one, or null on the last page",
                    format = "uri",
                    nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "http://localhost:8080/api/v1/articles?topic=space&limit=1&after=5")
            String next,

            @Schema(
                    description = "The page before this one, or null on the first page",
                    format = "uri",
                    nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String previous) {}
}
