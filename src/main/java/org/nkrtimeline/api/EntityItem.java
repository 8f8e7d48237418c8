package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.nkrtimeline.entity.EntitySummary;
import org.nkrtimeline.timeline.TimelineFilter;

/** A person, place or organisation the articles mention. */
@Schema(name = "Entity")
record EntityItem(
        @Schema(example = "sergei-shoigu", requiredMode = Schema.RequiredMode.REQUIRED)
        String slug,

        @Schema(example = "Sergei Shoigu", requiredMode = Schema.RequiredMode.REQUIRED)
        String name,

        @Schema(
                allowableValues = {"person", "place", "organisation"},
                example = "person",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String kind,

        @Schema(description = "Who or what it is, in a line", requiredMode = Schema.RequiredMode.REQUIRED)
        String description,

        @Schema(
                description = "The other names the texts use for it (its name not repeated)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> aliases,

        @Schema(
                description = "Public articles that mention it",
                example = "2",
                requiredMode = Schema.RequiredMode.REQUIRED)
        long articleCount,

        @Schema(
                description = "Mentions in those articles, in all",
                example = "7",
                requiredMode = Schema.RequiredMode.REQUIRED)
        long mentionCount,

        @Schema(description = "Its page on the site", format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
        String url,

        @Schema(description = "Its entry in this API", format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
        String apiUrl,

        @Schema(
                description = "The articles that mention it, in this API",
                format = "uri",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String articlesUrl) {

    static EntityItem of(EntitySummary summary, ApiLinks links) {
        String slug = summary.entity().slug();
        return new EntityItem(
                slug,
                summary.entity().name(),
                summary.entity().kind().name().toLowerCase(Locale.ROOT),
                summary.entity().description(),
                summary.otherNames(),
                summary.articleCount(),
                summary.mentionCount(),
                links.entityPage(slug),
                links.entity(slug),
                links.articles(TimelineFilter.ALL.withEntities(List.of(slug))));
    }

    /** Every entity, in the most articles first, then by name. */
    record EntityList(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<EntityItem> entities) {}
}
