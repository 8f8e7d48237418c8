package org.nkrtimeline.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.nkrtimeline.timeline.ExportRepository;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.WholeView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.WebRequest;

/**
 * The Atom feed and the two files of any timeline view, with the page's own parameters: a bad one is
 * the page's 400, which says what to fix (docs/feeds.md).
 */
@Controller
class FeedController {

    static final String FILE_NAME = "north-korea-russia-timeline";
    static final String CSV_TYPE = "text/csv;header=present;charset=UTF-8";

    private final FeedService feeds;

    FeedController(FeedService feeds) {
        this.feeds = feeds;
    }

    /** Feed readers ask often: when nothing changed since their copy, the answer is a bodiless 304. */
    @GetMapping(FeedLinks.ATOM)
    ResponseEntity<byte[]> atom(@WholeView TimelineFilter filter, WebRequest request) {
        ExportRepository.View view = feeds.view(filter);
        if (request.checkNotModified(feeds.lastModified(view).toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(AtomFeed.CONTENT_TYPE))
                .body(feeds.atom(filter, view));
    }

    /** Streamed: the response is written chunk by chunk as the rows are read. A HEAD reads no rows. */
    @GetMapping(FeedLinks.CSV)
    void csv(@WholeView TimelineFilter filter, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(CSV_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(FILE_NAME + ".csv"));
        if (request.getMethod().equals("HEAD")) {
            return;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        feeds.csv(filter, out);
    }

    @GetMapping(FeedLinks.TIMELINE_JS)
    ResponseEntity<byte[]> timelineJs(@WholeView TimelineFilter filter) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(FILE_NAME + "-timelinejs.json"))
                .body(feeds.timelineJs(filter));
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
