package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import org.nkrtimeline.event.EventDates;

/** When an event happened: a day or a range of days, only as precisely as it is known. */
@Schema(description = "When the event happened, only as precisely as it is known; null in the event when unknown")
record EventSpan(
        @Schema(
                description =
                        "Its first day, ISO 8601 at its precision: 2023-09-12 (day), 2023-09 (month), 2023 (year)",
                example = "2023-09-12",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String start,

        @Schema(
                description = "Its last day, at the same precision; null for an event of one day, month or year",
                example = "2023-09-19",
                nullable = true,
                requiredMode = Schema.RequiredMode.REQUIRED)
        String end,

        @Schema(
                allowableValues = {"day", "month", "year"},
                example = "day",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String precision,

        @Schema(
                description = "Whether the date is the editors' estimate rather than stated by the reports",
                requiredMode = Schema.RequiredMode.REQUIRED)
        boolean estimated,

        @Schema(
                description = "What the date rests on; for an estimate, the reason for it (never null then)",
                nullable = true,
                requiredMode = Schema.RequiredMode.REQUIRED)
        String note) {

    static EventSpan of(EventDates dates) {
        if (!dates.hasDate()) {
            return null;
        }
        return new EventSpan(
                dates.startIso(),
                dates.endIso(),
                dates.precision().name().toLowerCase(Locale.ROOT),
                dates.estimated(),
                dates.note());
    }
}
