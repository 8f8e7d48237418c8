package org.nkrtimeline.cite;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.nkrtimeline.timeline.ExportRepository;
import org.nkrtimeline.timeline.ExportStatements;
import org.nkrtimeline.timeline.ExportedArticle;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.WholeView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Every article of a timeline view (the page's filters, every page of it) as RIS, BibTeX or CSL-JSON:
 * streamed as the CSV export is, a chunk of articles at a time, so a view of the whole collection
 * holds one chunk in memory and no database connection between chunks.
 */
@Controller
class ViewCitationsController {

    static final String PATH = "/export/citations";
    private static final int CHUNK = 500;
    private static final ExportStatements.Extras IDS_ONLY = new ExportStatements.Extras(false, false, false);

    private final ExportRepository exports;
    private final Citations citations;

    ViewCitationsController(ExportRepository exports, Citations citations) {
        this.exports = exports;
        this.citations = citations;
    }

    /** {@code /export/citations.ris}, {@code .bib} or {@code .json}, with the view's parameters. */
    @GetMapping(PATH + ".{extension}")
    void file(
            @PathVariable String extension,
            @WholeView TimelineFilter filter,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        CitationFile format = CitationFile.ofExtension(extension);
        response.setContentType(format.type().toString());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("nkr-timeline-citations." + format.extension())
                        .build()
                        .toString());
        if (request.getMethod().equals("HEAD")) {
            return;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        format.start(out);
        boolean[] first = {true};
        try {
            exports.forEachChunk(filter, CHUNK, IDS_ONLY, chunk -> {
                try {
                    int written = citations.chunk(
                            format, chunk.stream().map(ExportedArticle::slug).toList(), first[0], out);
                    first[0] = first[0] && written == 0;
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        format.end(out);
        out.flush();
    }
}
