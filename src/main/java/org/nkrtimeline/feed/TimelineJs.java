package org.nkrtimeline.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.timeline.Axis;
import org.nkrtimeline.timeline.ExportRepository;
import org.nkrtimeline.timeline.ExportedArticle;
import org.nkrtimeline.timeline.SortOrder;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.web.util.HtmlUtils;

/**
 * A view as a TimelineJS3 timeline (https://timeline.knightlab.com/docs/json-format.html): a title
 * slide and one event per dated article. Dates say only what is known: a month-precise date has no
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
        return new Document(
                title(description, articles.size(), counts),
                articles.stream()
                        .map(article -> event(article, description.filter().axis()))
                        .toList());
    }

    private Slide title(FilterDescription description, int shown, ExportRepository.View counts) {
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
        return new Slide(null, new Text(escape(description.title()), text.toString()), null, null);
    }

    private Slide event(ExportedArticle article, Axis axis) {
        ArticleDates dates = article.dates();
        String text = "<p>" + escape(article.lede()) + "</p>"
                + "<p>" + escape(DateWords.event(dates, this.text)) + " "
                + escape(DateWords.published(dates, this.text)) + "</p>"
                + "<p><a href=\"" + escape(site.absolute(article.path())) + "\">"
                + escape(this.text.get("export.timelineJs.read"))
                + "</a></p>";
        return new Slide(
                date(dates, axis),
                new Text(escape(article.headline()), text),
                article.topics().isEmpty() ? null : article.topics().get(0).name(),
                article.slug());
    }

    /** The article's date on the axis, with only the parts that are known; the caller gives dated articles only. */
    private Date date(ArticleDates dates, Axis axis) {
        String display = DateWords.onAxis(dates, axis, text);
        if (axis == Axis.PUBLISHED) {
            return new Date(
                    dates.publishedDate().getYear(),
                    dates.publishedDate().getMonthValue(),
                    dates.publishedDate().getDayOfMonth(),
                    display);
        }
        DatePrecision precision = dates.eventPrecision();
        return new Date(
                dates.eventDate().getYear(),
                precision == DatePrecision.YEAR ? null : dates.eventDate().getMonthValue(),
                precision == DatePrecision.DAY ? dates.eventDate().getDayOfMonth() : null,
                display);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
