package org.nkrtimeline.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.timeline.ExportRepository;
import org.nkrtimeline.timeline.ExportStatements;
import org.nkrtimeline.timeline.ExportedArticle;
import org.nkrtimeline.timeline.SortOrder;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.stereotype.Service;

/**
 * The feed and the files of a timeline view. Each reads a fixed number of statements whatever the
 * view (the feed two, the TimelineJS file two, the CSV file one per {@value #CSV_CHUNK} articles).
 */
@Service
class FeedService {

    /** The articles in a feed: a feed reader wants what is new, not the archive (the CSV file has that). */
    static final int FEED_ENTRIES = 50;

    /** Articles per statement of the CSV export; memory holds one chunk at a time. */
    static final int CSV_CHUNK = 1_000;

    private static final ExportStatements.Extras FEED = new ExportStatements.Extras(true, false, false);
    private static final ExportStatements.Extras CSV = new ExportStatements.Extras(false, true, false);
    private static final ExportStatements.Extras TIMELINE_JS = new ExportStatements.Extras(false, false, true);

    private final ExportRepository repository;
    private final SiteUrl site;
    private final ObjectMapper json;
    private final FeedLinks links;
    private final SiteText text;
    // What the feed says can change with a new release too, so it is never older than this start.
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    FeedService(ExportRepository repository, SiteUrl site, ObjectMapper json, FeedLinks links, SiteText text) {
        this.repository = repository;
        this.text = text;
        this.site = site;
        this.json = json;
        this.links = links;
    }

    /** The view's description and last change: a cheap statement, enough to answer "not modified". */
    ExportRepository.View view(TimelineFilter filter) {
        return repository.view(filter, false);
    }

    Instant lastModified(ExportRepository.View view) {
        return view.changedAt().isAfter(started) ? view.changedAt() : started;
    }

    /** The view's {@value #FEED_ENTRIES} newest articles on its axis, the undated last, as an Atom feed. */
    byte[] atom(TimelineFilter filter, ExportRepository.View view) {
        FilterDescription description = new FilterDescription(filter, view.topics(), view.entities(), text);
        String subtitle = text.get("export.feed.subtitle", String.valueOf(FEED_ENTRIES), description.axisName());
        AtomFeed.Head head = new AtomFeed.Head(
                description.title(),
                subtitle,
                links.atom(filter),
                filter.withOrder(SortOrder.DESC).link("/"),
                lastModified(view));
        List<ExportedArticle> articles = repository.first(view.filter().withOrder(SortOrder.DESC), FEED_ENTRIES, FEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new AtomFeed(site, text).write(head, articles, out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
        return out.toByteArray();
    }

    /** Every article of the view, in its order, as CSV: written chunk by chunk, each chunk flushed. */
    void csv(TimelineFilter filter, Writer out) throws IOException {
        CsvExport export = new CsvExport(new CsvWriter(out), site);
        export.header();
        try {
            repository.forEachChunk(filter, CSV_CHUNK, CSV, chunk -> {
                try {
                    export.rows(chunk);
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** The view's first {@value TimelineJs#MAX_EVENTS} dated articles as a TimelineJS3 file. */
    byte[] timelineJs(TimelineFilter filter) {
        ExportRepository.View view = repository.view(filter, true);
        List<ExportedArticle> articles = repository.first(view.filter(), TimelineJs.MAX_EVENTS, TIMELINE_JS);
        FilterDescription description = new FilterDescription(filter, view.topics(), view.entities(), text);
        try {
            return json.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new TimelineJs(site, text).document(description, articles, view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the TimelineJS file", e);
        }
    }
}
