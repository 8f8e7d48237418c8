package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import org.nkrtimeline.collection.ArticleDates;

/** When the reported event happened, as precisely as it is known. */
@Schema(
        description =
                "When the reported event happened, only as precisely as it is known; null in the article when unknown.")
record EventDate(
        @Schema(
                description = "ISO 8601 at its precision: 2023-09-13 (day), 2023-09 (month) or 2023 (year)",
                example = "2025-03-21",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String date,

        @Schema(
                allowableValues = {"day", "month", "year"},
                example = "day",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String precision,

        @Schema(
                description = "Whether the date is an editor's estimate rather than stated by the reports",
                requiredMode = Schema.RequiredMode.REQUIRED)
        boolean estimated,

        @Schema(
                description = "What the date rests on; for an estimate, the reason for it (never null then)",
                nullable = true,
                requiredMode = Schema.RequiredMode.REQUIRED,
                example = "Estimated, with about 90% confidence: the article's wording matches the reports of"
                        + " Sergei Shoigu's visit to Pyongyang on 21 Mar 2025.")
        String note,

        @Schema(
                description = "A report that supports the date",
                nullable = true,
                format = "uri",
                requiredMode = Schema.RequiredMode.REQUIRED,
                example =
                        "https://www.anews.com.tr/asia/2025/03/22/north-korea-will-invariably-support-russia-kim-jong-un")
        String sourceUrl,

        @Schema(
                description = "Whether the event was still to come when the article was published: an editor"
                        + " confirmed that the article reports a scheduled event, whose date is then after the"
                        + " publication date. False for every other article, whose event came before its publication"
                        + " or on the same day",
                requiredMode = Schema.RequiredMode.REQUIRED)
        boolean scheduled) {

    /** Null when the event date is not known: none is ever invented. */
    static EventDate of(ArticleDates dates) {
        if (!dates.hasEventDate()) {
            return null;
        }
        return new EventDate(
                dates.eventIso(),
                dates.eventPrecision().name().toLowerCase(Locale.ROOT),
                dates.eventEstimated(),
                dates.eventNote(),
                dates.eventSourceUrl(),
                dates.eventScheduled());
    }
}
