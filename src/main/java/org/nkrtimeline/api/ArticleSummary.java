package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.nkrtimeline.timeline.TimelineEntry;

/** An article as the list gives it: no full text (see {@link ArticleDetail}). */
record ArticleSummary(
        @Schema(
                example = "kim-jong-un-sends-putin-condolences-after-moscow-concert-hall-attack",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String slug,

        @Schema(
                example = "Kim Jong Un sends Putin condolences after Moscow concert hall attack",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String headline,

        @Schema(
                description = "The article's page on the site",
                format = "uri",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String url,

        @Schema(
                description = "The article with its full text, in this API",
                format = "uri",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String apiUrl,

        @Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
        EventDate eventDate,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PublishedDate publishedDate,

        @Schema(description = "In the taxonomy's order", requiredMode = Schema.RequiredMode.REQUIRED)
        List<TopicLink> topics,

        @Schema(
                description = "The first sentence or two of the text, verbatim",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String lede) {

    static ArticleSummary of(TimelineEntry entry, ApiLinks links) {
        return new ArticleSummary(
                entry.slug(),
                entry.headline(),
                links.articlePage(entry.slug()),
                links.article(entry.slug()),
                EventDate.of(entry.dates()),
                PublishedDate.of(entry.dates()),
                entry.topics().stream()
                        .map(topic -> new TopicLink(topic.slug(), topic.name()))
                        .toList(),
                entry.lede());
    }
}
