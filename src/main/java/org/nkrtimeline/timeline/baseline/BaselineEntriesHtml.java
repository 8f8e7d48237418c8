package org.nkrtimeline.timeline.baseline;

import static org.nkrtimeline.timeline.baseline.BaselineHtml.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.nkrtimeline.article.ArticleDates;
import org.nkrtimeline.article.DatePrecision;
import org.nkrtimeline.search.Highlighted;
import org.nkrtimeline.timeline.Axis;
import org.nkrtimeline.timeline.TimelineFilter;
import org.springframework.util.StringUtils;

/**
 * The entries of a timeline page, as fragments/timeline-list.html, entry.html and dates.html write
 * them: ranked by relevance, or under year and month headings followed by the undated; appended to
 * the page's StringBuilder.
 */
final class BaselineEntriesHtml {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private final StringBuilder out;
    private final TimelineFilter filter;
    private final Map<String, String> topicNames;

    BaselineEntriesHtml(StringBuilder out, TimelineFilter filter, List<BaselinePage.Facet> topics) {
        this.out = out;
        this.filter = filter;
        this.topicNames = topics.stream().collect(Collectors.toMap(BaselinePage.Facet::slug, BaselinePage.Facet::name));
    }

    void entries(List<BaselinePage.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        if (filter.isRanked()) {
            out.append("""
                          <section class="ranked" aria-labelledby="ranked-heading">
                            <h2 id="ranked-heading" class="visually-hidden">Search results, best match first</h2>
                            <ol class="entries">
                    """);
            for (BaselinePage.Entry entry : entries) {
                out.append("          <li>\n            ");
                entry(entry, false);
                out.append("\n          </li>\n");
            }
            out.append("        </ol>\n      </section>\n");
            return;
        }
        out.append("      <div class=\"timeline\">\n");
        dated(entries.stream().filter(entry -> axisDate(entry) != null).toList());
        undated(entries.stream().filter(entry -> axisDate(entry) == null).toList());
        out.append("      </div>\n");
    }

    /** A section per year and within it per month, opened as the entries (in timeline order) reach them. */
    private void dated(List<BaselinePage.Entry> entries) {
        Integer year = null;
        String month = null;
        for (BaselinePage.Entry entry : entries) {
            LocalDate date = axisDate(entry);
            boolean monthKnown = filter.axis() == Axis.PUBLISHED || entry.dates().eventPrecision() != DatePrecision.YEAR;
            String monthIso = monthKnown ? date.toString().substring(0, 7) : Integer.toString(date.getYear());
            if (year == null || year != date.getYear()) {
                if (year != null) {
                    out.append("            </ol>\n          </section>\n        </section>\n");
                }
                year = date.getYear();
                month = null;
                out.append("        <section class=\"year\" aria-labelledby=\"year-").append(year)
                        .append("\">\n          <h2 class=\"year-heading\" id=\"year-").append(year)
                        .append("\"><time datetime=\"").append(year).append("\">").append(year).append("</time></h2>\n");
            }
            if (!monthIso.equals(month)) {
                if (month != null) {
                    out.append("            </ol>\n          </section>\n");
                }
                month = monthIso;
                out.append("          <section class=\"month\" aria-labelledby=\"month-").append(month)
                        .append("\">\n            <h3 class=\"month-heading\" id=\"month-").append(month)
                        .append("\"><time datetime=\"").append(month).append("\">")
                        .append(monthKnown ? MONTH.format(date) : "Month not known").append("</time></h3>\n")
                        .append("            <ol class=\"entries\">\n");
            }
            out.append("              <li>\n                ");
            entry(entry, true);
            out.append("\n              </li>\n");
        }
        if (year != null) {
            out.append("            </ol>\n          </section>\n        </section>\n");
        }
    }

    private void undated(List<BaselinePage.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        out.append("\n        <section class=\"year undated-group\" aria-labelledby=\"undated-heading\">\n"
                        + "          <h2 class=\"year-heading\" id=\"undated-heading\">Undated</h2>\n"
                        + "          <p class=\"group-note\">These articles have no ")
                .append(filter.axis().label().toLowerCase(Locale.ROOT))
                .append(".\n            Their place in time is not invented: each says what is known.</p>\n"
                        + "          <ol class=\"entries\">\n");
        for (BaselinePage.Entry entry : entries) {
            out.append("            <li>\n              ");
            entry(entry, false);
            out.append("\n            </li>\n");
        }
        out.append("          </ol>\n        </section>\n");
    }

    private LocalDate axisDate(BaselinePage.Entry entry) {
        return filter.axis() == Axis.EVENT ? entry.dates().eventDate() : entry.dates().publishedDate();
    }

    /** One entry; under a month heading ({@code nested}) its headline is an h4, otherwise an h3. */
    private void entry(BaselinePage.Entry entry, boolean nested) {
        String href = escape(filter.link("/articles/" + entry.slug()));
        String heading = nested ? "h4" : "h3";
        ArticleDates dates = entry.dates();
        out.append("<article class=\"entry\" id=\"entry-").append(escape(entry.slug())).append("\">\n  <")
                .append(heading).append(" class=\"entry-headline\"><a href=\"").append(href).append("\">");
        if (entry.markedHeadline() != null) {
            highlighted(entry.markedHeadline());
        } else {
            out.append(escape(entry.headline()));
        }
        out.append("</a></").append(heading).append(">\n  <p class=\"entry-dates\">\n");
        if (filter.axis() == Axis.EVENT) {
            eventDate(dates, true);
            out.append("    <span class=\"sep\" aria-hidden=\"true\">·</span>\n");
            publishedDate(dates, false);
        } else {
            publishedDate(dates, true);
            out.append("    <span class=\"sep\" aria-hidden=\"true\">·</span>\n");
            eventDate(dates, false);
        }
        out.append("  </p>\n");
        if (dates.eventEstimated()) {
            out.append("  <details class=\"estimate-note\">\n    <summary>Why this date is an estimate</summary>\n    <p>")
                    .append(escape(dates.eventNote())).append("</p>\n  </details>\n");
        }
        // As on the real page, the snippet replaces the lede only when it quotes a match from the text.
        if (entry.snippet() != null && entry.snippet().hasMatch()) {
            out.append("  <p class=\"snippet\"><span class=\"visually-hidden\">From the text: </span>");
            highlighted(entry.snippet());
            out.append("</p>\n");
        } else {
            out.append("  <p class=\"lede\">").append(escape(entry.lede())).append("</p>\n");
        }
        if (!entry.topicSlugs().isEmpty()) {
            out.append("  <ul class=\"chips\" aria-label=\"Topics\">\n");
            for (String slug : entry.topicSlugs()) {
                out.append("    <li><a class=\"chip\" href=\"/?topic=")
                        .append(escape(URLEncoder.encode(slug, StandardCharsets.UTF_8))).append("\">")
                        .append(escape(topicNames.get(slug))).append("</a></li>\n");
            }
            out.append("  </ul>\n");
        }
        out.append("  <p class=\"read-more\"><a href=\"").append(href)
                .append("\">Read the full article<span class=\"visually-hidden\">: ").append(escape(entry.headline()))
                .append("</span></a></p>\n</article>");
    }

    /** The event date, first in the line ({@code lead}) or after the publication date. */
    private void eventDate(ArticleDates dates, boolean lead) {
        if (!dates.hasEventDate()) {
            out.append("  <span class=\"undated\">").append(lead ? "Event date not known" : "event date not known")
                    .append("</span>\n");
            return;
        }
        out.append("    <span class=\"date-label\">").append(lead ? "Event" : "event")
                .append("</span>\n    <time datetime=\"").append(dates.eventIso()).append("\">")
                .append(escape(dates.eventText())).append("</time>");
        if (dates.eventEstimated()) {
            out.append(" <span class=\"estimate-badge\">estimate</span>");
        }
        if (!lead && dates.eventLag() != null) {
            out.append(", ").append(escape(dates.eventLag()));
        }
        out.append('\n');
    }

    /** The publication date, or the note that says why there is none. */
    private void publishedDate(ArticleDates dates, boolean lead) {
        if (!dates.hasPublishedDate()) {
            String note = dates.publishedNote() != null
                    ? (lead ? StringUtils.capitalize(dates.publishedNote()) : dates.publishedNote())
                    : (lead ? "Publication date not known" : "publication date not known");
            out.append("  <span class=\"undated\">").append(escape(note)).append("</span>\n");
            return;
        }
        out.append("    <span class=\"date-label\">").append(lead ? "Published" : "published")
                .append("</span>\n    <time datetime=\"").append(dates.publishedIso()).append("\">")
                .append(escape(dates.publishedText())).append("</time>");
        if (!lead && dates.publicationLag() != null) {
            out.append(", ").append(escape(dates.publicationLag()));
        }
        out.append('\n');
    }

    private void highlighted(Highlighted text) {
        for (Highlighted.Segment segment : text.segments()) {
            if (segment.match()) {
                out.append("<mark>").append(escape(segment.text())).append("</mark>");
            } else {
                out.append(escape(segment.text()));
            }
        }
    }
}
