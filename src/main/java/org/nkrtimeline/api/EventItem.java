package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.nkrtimeline.event.EventSummary;

/** An event in the list of events. */
record EventItem(
        @Schema(example = "kim-jong-un-visits-russia-2023", requiredMode = Schema.RequiredMode.REQUIRED)
        String slug,

        @Schema(example = "Kim Jong Un visits Russia", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,

        @Schema(nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
        EventSpan dates,

        @Schema(
                description = "How many of its reports readers may see (at least one)",
                example = "3",
                requiredMode = Schema.RequiredMode.REQUIRED)
        int reports,

        @Schema(
                description = "The event's page on the site",
                format = "uri",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String url,

        @Schema(description = "The event in this API", format = "uri", requiredMode = Schema.RequiredMode.REQUIRED)
        String apiUrl) {

    static EventItem of(EventSummary summary, ApiLinks links) {
        return new EventItem(
                summary.event().slug(),
                summary.event().title(),
                EventSpan.of(summary.event().dates()),
                summary.reports(),
                links.eventPage(summary.event().slug()),
                links.event(summary.event().slug()));
    }

    /** A page of events, in the order of their first day, the undated last. */
    record EventList(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            List<EventItem> events,

            @Schema(
                    description = "The page after this one, or null on the last page",
                    format = "uri",
                    nullable = true,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String next) {}
}
