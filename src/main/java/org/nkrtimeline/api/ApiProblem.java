package org.nkrtimeline.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An error as RFC 9457 problem details ({@code application/problem+json}). The detail and the reasons
 * may quote what the request said; they reach the client only as JSON strings, escaped by the writer.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiProblem(
        @Schema(
                description = "Always about:blank: the status and title say what kind of problem it is",
                example = "about:blank",
                format = "uri-reference",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String type,

        @Schema(
                description = "The HTTP status's reason phrase",
                example = "Bad Request",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String title,

        @Schema(example = "400", requiredMode = Schema.RequiredMode.REQUIRED)
        int status,

        @Schema(
                description = "What was wrong, in words",
                example = "“2024-02-30” in “from” is not a day in the calendar.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String detail,

        @Schema(
                description = "The path that was asked for",
                example = "/api/v1/articles",
                format = "uri-reference",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String instance,

        @Schema(
                description = "How to fix it, when there is something to say",
                example = "Write the date as YYYY-MM-DD, for example 2023-09-13.")
        String hint,

        @Schema(description = "For a 400: each parameter at fault and why")
        List<InvalidParam> invalidParams) {

    static final String TYPE = "about:blank";

    @Schema(name = "InvalidParam")
    record InvalidParam(
            @Schema(example = "from", requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(
                    example = "“2024-02-30” in “from” is not a day in the calendar.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String reason) {}
}
