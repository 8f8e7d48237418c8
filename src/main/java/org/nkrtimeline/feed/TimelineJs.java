package org.nkrtimeline.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.nkrtimeline.article.ArticleDates;
import org.nkrtimeline.article.DatePrecision;
import org.nkrtimeline.timeline.Axis;
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
    record Document(Slide title, List<Slide> events) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Slide(@JsonProperty("start_date") Date startDate, Text text, String group,
                 @JsonProperty("unique_id") String uniqueId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Date(Integer year, Integer month, Integer day, @JsonProperty("display_date") String displayDate) {
    }

    record Text(String headline, String text) {
    }

    private final SiteUrl site;

    TimelineJs(SiteUrl site) {
        this.site = site;
    }

    /**
     * @param articles the view's first {@link #MAX_EVENTS} dated articles, in its order
     * @param counts   how many articles the view has, and how many of them are undated
     */
    Document document(FilterDescription description, List<ExportedArticle> articles, ExportRepository.View counts) {
        return new Document(title(description, articles.size(), counts),
                articles.stream().map(article -> event(article, description.filter().axis())).toList());
    }

    private Slide title(FilterDescription description, int shown, ExportRepository.View counts) {
        TimelineFilter filter = description.filter();
        long dated = counts.dated();
        StringBuilder text = new StringBuilder("<p>")
                .append(escape(description.parts().isEmpty() ? "Every article of the timeline"
                        : String.join(" · ", description.parts())))
                .append(": ").append(articles(shown)).append(", placed by ").append(escape(description.axisName()))
                .append(".</p>");
        if (shown < dated) {
            String order = filter.order() == SortOrder.DESC ? "newest" : "oldest";
            text.append("<p>A file holds at most ").append(MAX_EVENTS).append(" articles: these are the ")
                    .append(order).append(' ').append(shown).append(" of ").append(dated)
                    .append(". Narrow the dates or the topics, or download the CSV file, for the others.</p>");
        }
        if (counts.undated() > 0) {
            text.append("<p>").append(counts.undated() == 1 ? "1 article with no " : counts.undated() + " articles with no ")
                    .append(escape(description.axisName())).append(counts.undated() == 1 ? " is" : " are")
                    .append(" left out: a timeline cannot place ").append(counts.undated() == 1 ? "it" : "them")
                    .append(". The CSV file includes ").append(counts.undated() == 1 ? "it" : "them").append(".</p>");
        }
        text.append("<p><a href=\"").append(escape(site.absolute(filter.link("/")))).append("\">")
                .append("See this view on the site</a>.</p>");
        return new Slide(null, new Text(escape(description.title()), text.toString()), null, null);
    }

    private Slide event(ExportedArticle article, Axis axis) {
        ArticleDates dates = article.dates();
        String text = "<p>" + escape(article.lede()) + "</p>"
                + "<p>" + escape(DateWords.event(dates)) + " " + escape(DateWords.published(dates)) + "</p>"
                + "<p><a href=\"" + escape(site.absolute(article.path())) + "\">Read the full article</a></p>";
        return new Slide(date(dates, axis), new Text(escape(article.headline()), text),
                article.topics().isEmpty() ? null : article.topics().get(0).name(), article.slug());
    }

    /** The article's date on the axis, with only the parts that are known; the caller gives dated articles only. */
    private static Date date(ArticleDates dates, Axis axis) {
        String display = DateWords.onAxis(dates, axis);
        if (axis == Axis.PUBLISHED) {
            return new Date(dates.publishedDate().getYear(), dates.publishedDate().getMonthValue(),
                    dates.publishedDate().getDayOfMonth(), display);
        }
        DatePrecision precision = dates.eventPrecision();
        return new Date(dates.eventDate().getYear(),
                precision == DatePrecision.YEAR ? null : dates.eventDate().getMonthValue(),
                precision == DatePrecision.DAY ? dates.eventDate().getDayOfMonth() : null, display);
    }

    private static String articles(long n) {
        return n == 1 ? "1 article" : n + " articles";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
