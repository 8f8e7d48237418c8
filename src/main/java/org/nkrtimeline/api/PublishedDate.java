package org.nkrtimeline.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.nkrtimeline.collection.ArticleDates;

/** When the article was published, or a note saying why that is not known. */
@Schema(description = "When the article was published; without a date, the note says why.")
record PublishedDate(
        @Schema(
                description = "ISO 8601 day, or null when the source gives no publication date",
                nullable = true,
                format = "date",
                example = "2023-11-12",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String date,

        @Schema(
                description = "Why the date is missing, or a remark on it",
                nullable = true,
                example = "publication date not given in the source (probably 21–23 Mar 2025)",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String note) {

    static PublishedDate of(ArticleDates dates) {
        return new PublishedDate(dates.publishedIso(), dates.publishedNote());
    }
}
