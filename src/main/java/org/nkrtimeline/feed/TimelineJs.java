package org.nkrtimeline.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.event.EventDates;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.timeline.Axis;
import org.nkrtimeline.timeline.ExportRepository;
import org.nkrtimeline.timeline.ExportedArticle;
import org.nkrtimeline.timeline.ExportedArticle.ReportedEvent;
import org.nkrtimeline.timeline.SortOrder;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.web.util.HtmlUtils;

/**
 * A view as a TimelineJS3 timeline (https://timeline.knightlab.com/docs/json-format.html): a title
 * slide and one slide per dated article, except that the articles reporting one event share the
 * event's slide, which lists them (docs/events.md). Dates say only what is known: a month-precise date has no
 * day, a year-precise one no month; an estimate says so in its display date and why in its text.
 * TimelineJS cannot place an undated article, so those are left out and the title says how many.
 * TimelineJS renders headlines and texts as HTML, so every text from an article is escaped.
 */
final class TimelineJs {

    /** TimelineJS draws every event as a marker and a slide; beyond a few hundred it becomes unusable. */
    static final int MAX_EVENTS = 500;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(Slide title, List<Slide> events) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Slide(
            @JsonProperty("start_date") Date startDate,
            @JsonProperty("end_date") Date endDate,
            Text text,
            String group,
            @JsonProperty("unique_id") String uniqueId) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Date(
            Integer year,
            Integer month,
            Integer day,
            @JsonProperty("display_date") String displayDate) {}

    record Text(String headline, String text) {}

    private final SiteUrl site;
    private final SiteText text;

    TimelineJs(SiteUrl site, SiteText text) {
        this.site = site;
        this.text = text;
    }

    /**
     * @param articles the view's first {@link #MAX_EVENTS} dated articles, in its order
     * @param counts   how many articles the view has, and how many of them are undated
     */
    Document document(FilterDescription description, List<ExportedArticle> articles, ExportRepository.View counts) {
        Axis axis = description.filter().axis();
        // The articles of one event, in the view's order, under its first; an undated event cannot be
        // placed on the event axis, so its reports keep slides of their own there.
        Map<String, List<ExportedArticle>> byEvent = new LinkedHashMap<>();
        for (ExportedArticle article : articles) {
            ReportedEvent event = article.event();
            boolean grouped = event != null && (axis == Axis.PUBLISHED || event.start() != null);
            byEvent.computeIfAbsent(grouped ? event.slug() : "article " + article.slug(), key -> new ArrayList<>())
                    .add(article);
        }
        List<Slide> slides = new ArrayList<>();
        long events = 0;
        for (Map.Entry<String, List<ExportedArticle>> group : byEvent.entrySet()) {
            if (group.getKey().startsWith("article ")) {
                slides.add(article(group.getValue().get(0), axis));
            } else {
                slides.add(event(group.getValue(), axis));
                events++;
            }
        }
        return new Document(title(description, articles.size(), events, counts), slides);
    }

    private Slide title(FilterDescription description, int shown, long events, ExportRepository.View counts) {
        TimelineFilter filter = description.filter();
        long dated = counts.dated();
        StringBuilder text = new StringBuilder("<p>")
                .append(escape(this.text.get(
                        "export.timelineJs.summary",
                        shown,
                        description.parts().isEmpty()
                                ? this.text.get("export.timelineJs.everything")
                                : String.join(this.text.get("export.filter.separator"), description.parts()),
                        String.valueOf(shown),
                        description.axisName())))
                .append("</p>");
        if (shown < dated) {
            text.append("<p>")
                    .append(escape(this.text.get(
                            filter.order() == SortOrder.DESC
                                    ? "export.timelineJs.limit.newest"
                                    : "export.timelineJs.limit.oldest",
                            String.valueOf(MAX_EVENTS),
                            String.valueOf(shown),
                            String.valueOf(dated))))
                    .append("</p>");
        }
        if (events > 0) {
            text.append("<p>")
                    .append(escape(this.text.get("export.timelineJs.events", events, String.valueOf(events))))
                    .append("</p>");
        }
        if (counts.undated() > 0) {
            text.append("<p>")
                    .append(escape(this.text.get(
                            "export.timelineJs.undated",
                            counts.undated(),
                            String.valueOf(counts.undated()),
                            description.axisName())))
                    .append("</p>");
        }
        text.append("<p><a href=\"")
                .append(escape(site.absolute(filter.link("/"))))
                .append("\">")
                .append(escape(this.text.get("export.timelineJs.onSite")))
                .append("</a>.</p>");
        return new Slide(null, null, new Text(escape(description.title()), text.toString()), null, null);
    }

    /**
     * An event's slide: on the event axis at the event's dates, on the publication axis from its first
     * report's publication to its last; the editors' summary, and its reports in the view.
     */
    private Slide event(List<ExportedArticle> reports, Axis axis) {
        ReportedEvent event = reports.get(0).event();
        EventDates dates =
                new EventDates(event.start(), event.end(), event.precision(), event.estimated(), event.note(), null);
        Date start;
        Date end;
        StringBuilder text =
                new StringBuilder("<p>").append(escape(event.summary())).append("</p>");
        if (axis == Axis.PUBLISHED) {
            List<LocalDate> published = reports.stream()
                    .map(report -> report.dates().publishedDate())
                    .sorted()
                    .toList();
            LocalDate first = published.get(0);
            LocalDate last = published.get(published.size() - 1);
            start = date(first, DatePrecision.DAY, dateText(first));
            end = last.equals(first) ? null : date(last, DatePrecision.DAY, dateText(last));
        } else {
            start = date(dates.start(), dates.precision(), eventText(dates));
            end = dates.end() == null ? null : date(dates.end(), dates.precision(), eventText(dates));
            text.append("<p>").append(escape(this.text.get("export.dates.event", eventText(dates))));
            if (dates.estimated() && dates.note() != null) {
                text.append(' ').append(escape(this.text.get("export.dates.event.why", dates.note())));
            }
            text.append("</p>");
        }
        text.append("<p>")
                .append(escape(
                        this.text.get("export.timelineJs.reports", reports.size(), String.valueOf(reports.size()))))
                .append("</p><ul>");
        for (ExportedArticle report : reports) {
            text.append("<li><a href=\"")
                    .append(escape(site.absolute(report.path())))
                    .append("\">")
                    .append(escape(report.headline()))
                    .append("</a> ")
                    .append(escape(DateWords.published(report.dates(), this.text)))
                    .append("</li>");
        }
        text.append("</ul><p><a href=\"")
                .append(escape(site.absolute(event.path())))
                .append("\">")
                .append(escape(this.text.get("export.timelineJs.eventPage")))
                .append("</a></p>");
        ExportedArticle first = reports.get(0);
        return new Slide(
                start,
                end,
                new Text(escape(event.title()), text.toString()),
                first.topics().isEmpty() ? null : first.topics().get(0).name(),
                "event-" + event.slug());
    }

    /** "12 Sep 2023 – 19 Sep 2023", "c. 21 Mar 2025 (estimate)": the event's dates as known. */
    private String eventText(EventDates dates) {
        String known = dates.isRange() ? dates.startText(text) + " – " + dates.endText(text) : dates.startText(text);
        return dates.estimated() ? text.get("export.dates.estimated", known) : known;
    }

    private String dateText(LocalDate day) {
        return DatePrecision.DAY.text(text, day);
    }

    /** A day with only the parts its precision knows: no day for a month, no month for a year. */
    private static Date date(LocalDate day, DatePrecision precision, String display) {
        return new Date(
                day.getYear(),
                precision == DatePrecision.YEAR ? null : day.getMonthValue(),
                precision == DatePrecision.DAY ? day.getDayOfMonth() : null,
                display);
    }

    private Slide article(ExportedArticle article, Axis axis) {
        ArticleDates dates = article.dates();
        String text = "<p>" + escape(article.lede()) + "</p>"
                + "<p>" + escape(DateWords.event(dates, this.text)) + " "
                + escape(DateWords.published(dates, this.text)) + "</p>"
                + "<p><a href=\"" + escape(site.absolute(article.path())) + "\">"
                + escape(this.text.get("export.timelineJs.read"))
                + "</a></p>";
        return new Slide(
                date(dates, axis),
                null,
                new Text(escape(article.headline()), text),
                article.topics().isEmpty() ? null : article.topics().get(0).name(),
                article.slug());
    }

    /** The article's date on the axis, with only the parts that are known; the caller gives dated articles only. */
    private Date date(ArticleDates dates, Axis axis) {
        String display = DateWords.onAxis(dates, axis, text);
        return axis == Axis.PUBLISHED
                ? date(dates.publishedDate(), DatePrecision.DAY, display)
                : date(dates.eventDate(), dates.eventPrecision(), display);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
