package org.nkrtimeline.feed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.timeline.ExportedArticle;
import org.nkrtimeline.timeline.TopicRef;
import org.nkrtimeline.web.SiteUrl;

/** A view's articles as CSV rows, one per article, under a header row (docs/feeds.md lists the columns). */
final class CsvExport {

    static final List<String> COLUMNS = List.of(
            "slug",
            "url",
            "headline",
            "event_date",
            "event_precision",
            "event_estimated",
            "estimate_reason",
            "published_date",
            "published_note",
            "topics",
            "entities",
            "lede",
            "event",
            "event_title",
            "report_role");

    /** Between the topics or entities of one article: no topic or entity name has a semicolon. */
    static final String LIST_SEPARATOR = "; ";

    private final CsvWriter csv;
    private final SiteUrl site;

    CsvExport(CsvWriter csv, SiteUrl site) {
        this.csv = csv;
        this.site = site;
    }

    void header() throws IOException {
        csv.record(COLUMNS);
    }

    void rows(List<ExportedArticle> articles) throws IOException {
        for (ExportedArticle article : articles) {
            csv.record(row(article));
        }
    }

    private List<String> row(ExportedArticle article) {
        ArticleDates dates = article.dates();
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(article.slug());
        row.add(site.absolute(article.path()));
        row.add(article.headline());
        // As much of the date as is known: 2023-09-13, 2023-09 or 2023.
        row.add(dates.eventIso());
        row.add(dates.hasEventDate() ? dates.eventPrecision().name().toLowerCase(Locale.ROOT) : null);
        row.add(dates.hasEventDate() ? String.valueOf(dates.eventEstimated()) : null);
        row.add(dates.eventEstimated() ? dates.eventNote() : null);
        row.add(dates.publishedIso());
        row.add(dates.publishedNote());
        row.add(String.join(
                LIST_SEPARATOR, article.topics().stream().map(TopicRef::name).toList()));
        row.add(String.join(LIST_SEPARATOR, article.entities()));
        row.add(article.lede());
        row.add(article.event() == null ? null : site.absolute(article.event().path()));
        row.add(article.event() == null ? null : article.event().title());
        row.add(article.event() == null ? null : article.event().role());
        return row;
    }
}
