package org.nkrtimeline.api;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Writes problem details, and says in the API's own words what each status means. */
@Component
class ApiProblems {

    static final String MEDIA_TYPE = "application/problem+json";

    private final ObjectWriter json;

    ApiProblems(ObjectMapper json) {
        this.json = json.writer().with(new MarkupEscapes());
    }

    static ApiProblem of(int status, String detail, String instance) {
        return of(status, detail, instance, null, null);
    }

    static ApiProblem of(
            int status, String detail, String instance, String hint, List<ApiProblem.InvalidParam> params) {
        HttpStatus known = HttpStatus.resolve(status);
        return new ApiProblem(
                ApiProblem.TYPE,
                known == null ? "Error" : known.getReasonPhrase(),
                status,
                detail,
                instance,
                hint,
                params == null || params.isEmpty() ? null : List.copyOf(params));
    }

    /** The detail for a status that has nothing more particular to say. */
    static String detailFor(int status) {
        return switch (status) {
            case 400 -> "The request could not be understood.";
            case 403 -> "The request was refused.";
            case 404 -> "There is nothing at this address. The endpoints are listed in /api/v1/openapi.json.";
            case 405 -> "The API is read-only: this address answers GET and HEAD only.";
            case 406 -> "The API answers in JSON only: accept application/json (or leave Accept out).";
            case 503 -> "The collection cannot be read right now. Please try again shortly.";
            default ->
                status >= 500
                        ? "Something went wrong on our side. The problem has been logged."
                        : "The request could not be completed.";
        };
    }

    void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        response.setStatus(problem.status());
        // JSON is UTF-8 by definition (RFC 8259), which is what the writer writes: no charset parameter.
        response.setContentType(MEDIA_TYPE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /**
     * A problem may quote the request; its markup characters are written as JSON escapes
     * ({@code \u003C}), so that not even a client that wrongly shows the body as HTML finds markup in it.
     */
    private static final class MarkupEscapes extends CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        MarkupEscapes() {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
