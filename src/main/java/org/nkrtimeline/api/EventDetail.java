package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.nkrtimeline.event.EventPage;
import org.nkrtimeline.event.ReportView;

/** One event: the editors' record of it and every report of it readers may see. */
record EventDetail(
        @Schema(example = "kim-jong-un-visits-russia-2023", requiredMode = Schema.RequiredMode.REQUIRED)
        String slug,

        @Schema(example = "Kim Jong Un visits Russia", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,

        @Schema(format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
        String url,

        @Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
        EventSpan dates,

        @Schema(
                description = "Two or three sentences written by the editors; never generated text",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String summary,

        @Schema(
                description = "The people, places and organisations its reports name, most mentioned first",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> entities,

        @Schema(
                description = "Its reports' topics, in the taxonomy's order",
                requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> topics,

        @Schema(
                description = "Whether no two reports share a sentence (word triples): each is its own account",
                requiredMode = Schema.RequiredMode.REQUIRED)
        boolean independentlyWritten,

        @Schema(description = "In publication order, the undated last", requiredMode = Schema.RequiredMode.REQUIRED)
        List<Report> reports) {

    @Schema(name = "EventReport")
    record Report(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String slug,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String headline,

            @Schema(
                    allowableValues = {"first_report", "follow_up", "rewrite", "repost", "background"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String role,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            PublishedDate publishedDate,

            @Schema(
                    description = "Days from the day of the event it tells of to its publication; null where a "
                            + "count would be invented (no publication date, or no day-precise event day)",
                    nullable = true,
                    example = "54",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Long lagDays,

            @Schema(
                    description = "Whether the lag rests on an estimated date",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            boolean lagApproximate,

            @Schema(
                    description = "The entities (slugs) no other report of the event names",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> onlyEntities,

            @Schema(
                    description = "The quotations no other report of the event has",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> onlyQuotations,

            @Schema(
                    description = "The figures (a number and what it counts) no other report has",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> onlyFigures,

            @Schema(format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
            String url,

            @Schema(format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
            String apiUrl) {

        static Report of(ReportView view, ApiLinks links) {
            String slug = view.report().slug();
            return new Report(
                    slug,
                    view.report().headline(),
                    view.report().role().column(),
                    PublishedDate.of(view.report().dates()),
                    view.lag() == null ? null : view.lag().days(),
                    view.lag() != null && view.lag().about(),
                    view.onlyEntities().stream().map(entity -> entity.slug()).toList(),
                    view.onlyQuotations(),
                    view.onlyFigures(),
                    links.articlePage(slug),
                    links.article(slug));
        }
    }

    static EventDetail of(EventPage page, ApiLinks links) {
        return new EventDetail(
                page.event().slug(),
                page.event().title(),
                links.eventPage(page.event().slug()),
                EventSpan.of(page.event().dates()),
                page.event().summary(),
                page.entities().stream()
                        .map(mentioned -> mentioned.entity().slug())
                        .toList(),
                page.topics().stream().map(topic -> topic.slug()).toList(),
                page.independentlyWritten(),
                page.reports().stream().map(view -> Report.of(view, links)).toList());
    }
}
