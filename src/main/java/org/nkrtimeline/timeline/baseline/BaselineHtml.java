package org.nkrtimeline.timeline.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.nkrtimeline.entity.EntityKind;
import org.nkrtimeline.feed.FeedLinks;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.overview.OverviewLayout;
import org.nkrtimeline.timeline.Axis;
import org.nkrtimeline.timeline.SortOrder;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.web.util.HtmlUtils;

/**
 * The timeline page's HTML, element for element and attribute for attribute what timeline.html and
 * its fragments render for a reader who is not signed in, written into one StringBuilder. Every
 * text and attribute value is escaped as Thymeleaf escapes it.
 */
final class BaselineHtml {

    private static final SiteText TEXT = SiteText.ENGLISH;
    private static final FeedLinks FEED_LINKS = new FeedLinks();

    private final String stylesheet;
    private final String icon;
    private final SiteUrl site;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    BaselineHtml(String stylesheet, String icon, SiteUrl site) {
        this.stylesheet = stylesheet;
        this.icon = icon;
        this.site = site;
    }

    /** @param canonicalPath the page's own address, as the timeline's controller names it */
    String page(BaselinePage page, String canonicalPath) {
        TimelineFilter filter = page.filter();
        String title = filter.hasQuery() ? "Search: " + filter.query() + " · North Korea–Russia relations"
                : filter.isFiltered() ? "Filtered timeline · North Korea–Russia relations"
                : "North Korea–Russia relations: a timeline";
        out.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>""").append(escape(title)).append("</title>\n  <link rel=\"stylesheet\" href=\"")
                .append(escape(stylesheet)).append("\">\n  <link rel=\"icon\" type=\"image/svg+xml\" href=\"")
                .append(escape(icon)).append("\">\n");
        head(filter, canonicalPath);
        out.append("""
                </head>
                <body>
                  <a class="skip-link" href="#main">Skip to content</a>
                  <header class="site-header">
                    <div class="wrap site-header-inner">
                      <a class="site-title" href="/">North Korea–Russia relations</a>
                      <nav aria-label="Site">
                        <ul class="site-nav">
                          <li><a href="/">Timeline</a></li>
                          <li><a href="/topics">Topics</a></li>
                          <li><a href="/entities">People &amp; places</a></li>
                        </ul>
                      </nav>
                    </div>
                  </header>
                  <main id="main" class="wrap timeline-page">
                  <header class="page-intro">
                    <h1>North Korea–Russia relations</h1>
                    <p class="intro">A timeline of the relationship between Pyongyang and Moscow, built from dated news articles.
                      Articles are placed by the date of the event they report; switch to the publication date to see when
                      the coverage appeared.</p>
                  </header>

                  <div class="timeline-layout">
                """);
        form(page);
        out.append("""

                    <div class="results">
                """);
        status(page);
        new BaselineOverviewHtml(out).overview(OverviewLayout.build(page.counts().days(), page.counts().undated(),
                filter.from(), filter.to(), filter.isFiltered(),
                range -> filter.withDates(range.from(), range.to()).link("/")));
        if (page.entries().isEmpty()) {
            empty(filter);
        }
        new BaselineEntriesHtml(out, filter, page.topics()).entries(page.entries());
        pager(page);
        out.append("""
                    </div>
                  </div>
                </main>
                  <footer class="site-footer">
                    <div class="wrap">
                      <p>A timeline built from dated news articles. Event dates are checked against public reports;
                        an estimated date is always marked as one, with its reason.</p>
                      <p class="footer-links"><a rel="help" href="/help">Keyboard shortcuts and privacy</a></p>
                    </div>
                  </footer>
                </body>
                </html>
                """);
        return out.toString();
    }

    /** What fragments/seo.html and fragments/feed-links.html add to the timeline's head. */
    private void head(TimelineFilter filter, String canonicalPath) {
        String title = TEXT.get(filter.hasQuery() ? "seo.timeline.searchTitle"
                : filter.isFiltered() ? "seo.timeline.filteredTitle" : "seo.timeline.title");
        String description = escape(TEXT.get("seo.timeline.description"));
        String url = escape(site.absolute(canonicalPath));
        meta("name", "description", description);
        if (filter.hasQuery()) {
            meta("name", "robots", "noindex");
        }
        out.append("  <link rel=\"canonical\" href=\"").append(url).append("\">\n");
        meta("property", "og:type", "website");
        meta("property", "og:title", escape(title));
        meta("property", "og:description", description);
        meta("property", "og:url", url);
        meta("property", "og:site_name", escape(TEXT.get("site.name")));
        meta("property", "og:locale", escape(TEXT.get("seo.locale")));
        meta("name", "twitter:card", "summary");
        meta("name", "twitter:title", escape(title));
        meta("name", "twitter:description", description);
        out.append("  <link rel=\"alternate\" type=\"application/atom+xml\" title=\"")
                .append(escape(TEXT.get("feed.alternate.title"))).append("\" href=\"")
                .append(escape(FEED_LINKS.atom(filter))).append("\">\n");
    }

    /** A meta element; the value is escaped already. */
    private void meta(String attribute, String name, String escapedValue) {
        out.append("  <meta ").append(attribute).append("=\"").append(name).append("\" content=\"").append(escapedValue)
                .append("\">\n");
    }

    private void form(BaselinePage page) {
        TimelineFilter filter = page.filter();
        out.append("""
                    <form class="filters" method="get" action="/" aria-labelledby="filters-heading">
                      <h2 id="filters-heading" class="filters-heading">Search and filter</h2>

                      <div class="field search-field">
                        <label for="q">Search the articles</label>
                        <input type="search" id="q" name="q" value="\
                """)
                .append(escape(filter.query() == null ? "" : filter.query())).append("""
                " maxlength="200"
                               aria-describedby="q-help" autocomplete="off">
                        <p class="field-help" id="q-help">Words are matched in any form (“drone” finds “drones”).
                          Use quotes for a phrase, a minus to exclude a word, “or” for either.</p>
                      </div>

                      <fieldset class="field">
                        <legend>Place articles by</legend>
                        <div class="axis-choices">
                          <div class="choice">
                            <input type="radio" id="axis-event" name="axis" value="event\"""")
                .append(checked(filter.axis() == Axis.EVENT)).append("""
                >
                            <label for="axis-event">Event date</label>
                          </div>
                          <div class="choice">
                            <input type="radio" id="axis-published" name="axis" value="published\"""")
                .append(checked(filter.axis() == Axis.PUBLISHED)).append("""
                >
                            <label for="axis-published">Publication date</label>
                          </div>
                        </div>
                      </fieldset>

                      <fieldset class="field date-range">
                        <legend>Dates <span class="field-help">(inclusive, on the chosen axis)</span></legend>
                        <div class="date-field">
                          <label for="from">From</label>
                          <input type="date" id="from" name="from" value=\"""").append(date(filter.from())).append("""
                ">
                        </div>
                        <div class="date-field">
                          <label for="to">To</label>
                          <input type="date" id="to" name="to" value=\"""").append(date(filter.to())).append("""
                ">
                        </div>
                      </fieldset>

                      <div class="field">
                        <label for="order">Order</label>
                        <select id="order" name="order">
                          <option value="asc\"""").append(selected(filter.order() == SortOrder.ASC)).append("""
                >Oldest first</option>
                          <option value="desc\"""").append(selected(filter.order() == SortOrder.DESC)).append("""
                >Newest first</option>
                          <option value="relevance\"""").append(selected(filter.order() == SortOrder.RELEVANCE)).append("""
                >Best match first (with a search)</option>
                        </select>
                      </div>

                      <fieldset class="field topics">
                        <legend>Topics <span class="field-help">(any of them)</span></legend>
                        <ul class="facet-list">
                          \
                """);
        for (BaselinePage.Facet topic : page.topics()) {
            facet("topic", topic, filter.hasTopic(topic.slug()));
        }
        out.append("""

                        </ul>
                      </fieldset>
                """);
        if (!page.entities().isEmpty()) {
            out.append("""

                      <fieldset class="field entities">
                        <legend>People, places, organisations <span class="field-help">(all of them)</span></legend>
                """);
            for (Map.Entry<EntityKind, List<BaselinePage.Facet>> group : page.entities().entrySet()) {
                String id = "entity-kind-" + group.getKey().name().toLowerCase(Locale.ROOT);
                out.append("          <p class=\"facet-group-heading\" id=\"").append(id).append("\">")
                        .append(escape(group.getKey().pluralLabel())).append("</p>\n")
                        .append("          <ul class=\"facet-list\" aria-labelledby=\"").append(id).append("\">\n            ");
                for (BaselinePage.Facet entity : group.getValue()) {
                    facet("entity", entity, filter.hasEntity(entity.slug()));
                }
                out.append("\n          </ul>\n");
            }
            out.append("""
                        <p class="field-help"><a href="/entities">All people, places and organisations</a></p>
                      </fieldset>
                """);
        }
        out.append("""

                      <div class="form-actions">
                        <button type="submit">Apply filters</button>
                """);
        if (filter.isFiltered() || filter.axis() != Axis.EVENT || filter.order() != SortOrder.ASC) {
            out.append("        <a class=\"clear-link\" href=\"/\">Clear all filters</a>\n");
        }
        out.append("""
                      </div>
                    </form>
                """);
    }

    private void facet(String field, BaselinePage.Facet facet, boolean selected) {
        String id = escape(field + "-" + facet.slug());
        out.append("<li class=\"facet\">\n  <input type=\"checkbox\" name=\"").append(field).append("\" id=\"").append(id)
                .append("\" value=\"").append(escape(facet.slug())).append('"').append(checked(selected))
                .append(">\n  <label for=\"").append(id).append("\"><span>").append(escape(facet.name()))
                .append("</span>\n    <span class=\"count\">").append(number(facet.count()))
                .append("</span><span class=\"visually-hidden\">").append(facet.count() == 1 ? " article" : " articles")
                .append("</span></label>\n</li>");
    }

    private void status(BaselinePage page) {
        TimelineFilter filter = page.filter();
        BaselinePage.Counts counts = page.counts();
        out.append("      <div class=\"status\" role=\"status\">\n");
        if (!page.unknownTopics().isEmpty()) {
            out.append("        <p class=\"notice\">\n          ")
                    .append(page.unknownTopics().size() == 1 ? "There is no topic called" : "There are no topics called")
                    .append("\n          ");
            quoted(page.unknownTopics());
            out.append(";\n          it was ignored. <a href=\"/topics\">See all topics</a>.\n        </p>\n");
        }
        if (!page.unknownEntities().isEmpty()) {
            boolean one = page.unknownEntities().size() == 1;
            out.append("        <p class=\"notice\">\n          ")
                    .append(one ? "There is no person, place or organisation called"
                            : "There are no people, places or organisations called")
                    .append("\n          ");
            quoted(page.unknownEntities());
            out.append(";\n          ").append(one ? "it was" : "they were")
                    .append(" ignored.\n          <a href=\"/entities\">See all people, places and organisations</a>.\n"
                            + "        </p>\n");
        }
        if (counts.searchHasNoWords()) {
            out.append("        <p class=\"notice\">\n          Your search <q>").append(escape(filter.query()))
                    .append("</q> has only words too common to search for, such as\n"
                            + "          “the” or “and”. Try more specific words.\n        </p>\n");
        }
        out.append("        <p class=\"result-count\">\n          <strong>").append(number(counts.shown()))
                .append("</strong> of ").append(number(counts.total())).append("\n          ")
                .append(counts.total() == 1 ? "article" : "articles").append("\n          ");
        if (filter.hasQuery()) {
            out.append("match <q>").append(escape(filter.query())).append("</q>")
                    .append(hasOtherFilters(filter) ? " and your filters" : "");
        } else {
            out.append(filter.isFiltered() ? "match your filters" : "shown");
        }
        out.append(",\n          ");
        if (filter.isRanked()) {
            out.append("best match first.");
        } else {
            out.append(lower(filter.order().label())).append(", by\n          ").append(lower(filter.axis().label()))
                    .append('.');
        }
        if (filter.isFiltered()) {
            out.append("\n          <a class=\"clear-link\" href=\"/\">Clear all filters</a>");
        }
        out.append("\n        </p>\n        <p class=\"feed-links\">\n  <a href=\"").append(escape(FEED_LINKS.atom(filter)))
                .append("\" type=\"application/atom+xml\">Subscribe (Atom feed)</a>\n")
                .append("  <span class=\"feed-downloads\">Download this view:\n    <a href=\"").append(escape(FEED_LINKS.csv(filter)))
                .append("\" type=\"text/csv\" download>CSV</a> ·\n    <a href=\"").append(escape(FEED_LINKS.timelineJs(filter)))
                .append("\" type=\"application/json\" download>TimelineJS JSON</a></span>\n</p>\n");
        if (page.hasPrevious() || page.hasNext()) {
            out.append("        <p class=\"page-range\">Showing articles ").append(number(counts.earlier() + 1)).append('–')
                    .append(number(counts.earlier() + page.entries().size())).append(".</p>\n");
        }
        if (counts.undatedLeftOut() > 0) {
            out.append("        <p class=\"left-out\">\n          ")
                    .append(counts.undatedLeftOut() == 1 ? "1 undated article is" : counts.undatedLeftOut() + " undated articles are")
                    .append("\n          left out because it has no ").append(lower(filter.axis().label()))
                    .append(" to compare\n          with the date range.\n        </p>\n");
        }
        out.append("      </div>\n\n      ");
    }

    private void quoted(List<String> slugs) {
        out.append(slugs.stream().map(slug -> "<q>" + escape(slug) + "</q>").collect(Collectors.joining(", ")));
    }

    private void empty(TimelineFilter filter) {
        out.append("      <section class=\"empty\" aria-labelledby=\"empty-heading\">\n");
        if (filter.hasQuery()) {
            String query = escape(filter.query());
            boolean others = hasOtherFilters(filter);
            out.append("          <h2 id=\"empty-heading\">No articles match <q>").append(query).append("</q>")
                    .append(others ? " with these filters" : "").append("</h2>\n          <ul class=\"suggestions\">\n");
            if (others) {
                out.append("            <li>\n              <a href=\"").append(escape(filter.onlyQuery().link("/")))
                        .append("\">Search all articles for <q>").append(query).append("""
                        </q></a>,
                                      without the dates, topics and people you chose.</li>
                        """);
            }
            out.append("            <li>Check the spelling, use fewer or other words, or put “or” between words to find"
                            + " either.</li>\n            <li><a href=\"").append(escape(filter.withoutQuery().link("/")))
                    .append("\">Remove the search</a>").append(others ? " and keep the other filters" : "")
                    .append(".</li>\n          </ul>\n");
        } else {
            out.append("          <h2 id=\"empty-heading\">No articles match these filters</h2>\n          <p>Try a wider date"
                    + " range, other topics or fewer people and places, or <a href=\"/\">clear all filters</a>.</p>\n");
        }
        out.append("      </section>\n");
    }

    /** The links to the pages either side, when the matching articles take more than this page. */
    private void pager(BaselinePage page) {
        if (!page.hasPrevious() && !page.hasNext()) {
            return;
        }
        List<BaselinePage.Entry> entries = page.entries();
        TimelineFilter filter = page.filter();
        boolean ascending = filter.order() == SortOrder.ASC;
        out.append("\n      <nav class=\"pager timeline-pager\" aria-label=\"Pages of the timeline\">\n");
        if (page.hasPrevious()) {
            out.append("        <a class=\"pager-prev\" rel=\"prev\" href=\"")
                    .append(escape(filter.pageLink("before", entries.get(0).id()))).append("""
                    ">
                              <span class="pager-label">Previous page</span>
                              <span class="pager-title">""").append(ascending ? "Older articles" : "Newer articles")
                    .append("</span>\n        </a>\n");
        }
        if (page.hasNext()) {
            out.append("        <a class=\"pager-next\" rel=\"next\" href=\"")
                    .append(escape(filter.pageLink("after", entries.get(entries.size() - 1).id()))).append("""
                    ">
                              <span class="pager-label">Next page</span>
                              <span class="pager-title">""").append(ascending ? "Newer articles" : "Older articles")
                    .append("</span>\n        </a>\n");
        }
        out.append("      </nav>\n");
    }

    private static boolean hasOtherFilters(TimelineFilter filter) {
        return filter.hasDateRange() || !filter.topics().isEmpty() || !filter.entities().isEmpty();
    }

    private static String checked(boolean checked) {
        return checked ? " checked=\"checked\"" : "";
    }

    private static String selected(boolean selected) {
        return selected ? " selected=\"selected\"" : "";
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String lower(String label) {
        return label.toLowerCase(Locale.ROOT);
    }

    /** As Thymeleaf's {@code #numbers.formatInteger(n, 1, 'COMMA')}: 12,345. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The five characters HTML gives a meaning, as Thymeleaf escapes them; UTF-8 takes the rest as they are. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
