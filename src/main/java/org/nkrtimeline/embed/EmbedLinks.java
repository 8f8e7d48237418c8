package org.nkrtimeline.embed;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.web.SiteUrl;
import org.nkrtimeline.web.UrlParts;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The addresses of embeds, the iframe code that shows one on another site, and the oEmbed address
 * of a page. A bean ({@code @embedLinks}) for the templates' {@code th:with}.
 */
@Component("embedLinks")
public class EmbedLinks {

    /** The iframe's height in CSS pixels: a count, a few entries and the link to the full page. */
    static final int HEIGHT = 640;

    /** The width oEmbed answers when the consumer sets none; the iframe code itself takes the column's width. */
    static final int WIDTH = 640;

    private final SiteUrl site;
    private final SiteText text;

    EmbedLinks(SiteUrl site, SiteText text) {
        this.site = site;
        this.text = text;
    }

    /** The title of a timeline view's embed: its iframe's, its heading's and oEmbed's. */
    public String title(TimelineFilter filter) {
        if (filter.hasQuery()) {
            return text.get("embed.title.search", filter.query());
        }
        return text.get(filter.isFiltered() ? "embed.title.filtered" : "embed.title.timeline");
    }

    /** The embed of a timeline view: every parameter of the view, on /embed. */
    public String timeline(TimelineFilter filter) {
        return filter.link("/embed");
    }

    public String event(String slug) {
        return "/embed/events/" + UrlParts.pathSegment(slug);
    }

    /**
     * The code a newsroom pastes into its page: an iframe of the embed, titled for screen readers,
     * as wide as its column. Escaped for an HTML attribute: the title may be a reader's search.
     */
    public String code(String embedPath, String title) {
        return iframe(embedPath, title, "100%", HEIGHT);
    }

    String iframe(String embedPath, String title, String width, int height) {
        return "<iframe src=\"" + attribute(site.absolute(embedPath)) + "\" title=\"" + attribute(title)
                + "\" width=\"" + width + "\" height=\"" + height
                + "\" style=\"border:0\" loading=\"lazy\"></iframe>";
    }

    /** Escaped for a double-quoted attribute of a UTF-8 page: only what must be ("–" stays itself). */
    private static String attribute(String value) {
        return HtmlUtils.htmlEscape(value, StandardCharsets.UTF_8.name());
    }

    /**
     * The oEmbed address of the page at {@code pagePath}, for its discovery link: on this site, as every
     * link of a page's head is (a consumer resolves it against the page's address); the page it names
     * is absolute, as oEmbed asks.
     */
    public String oembed(String pagePath) {
        return "/oembed?url=" + URLEncoder.encode(site.absolute(pagePath), StandardCharsets.UTF_8) + "&format=json";
    }
}
