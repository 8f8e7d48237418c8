package org.nkrtimeline.seo;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.nkrtimeline.entity.EntityRepository;
import org.nkrtimeline.event.EventRepository;
import org.nkrtimeline.timeline.ArticleSitemapRepository;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /sitemap.xml}, an index of {@code /sitemaps/pages.xml} (the site's own pages and every
 * entity page), {@code /sitemaps/articles-N.xml} (the visible articles, at most 50,000 each) and
 * {@code /sitemaps/events-N.xml} (the events readers may see, as many at most).
 * Their rows come from the package that owns them: the articles from timeline (the read index, and
 * the collection's last change from SQL), the entities from entity (one SQL statement); the articles'
 * sitemaps are written to the client as they are read. URLs are absolute from {@link SiteUrl}, never
 * from the request.
 */
@Controller
class SitemapController {

    /** The pages of the site itself, besides articles and entities. */
    static final List<String> SITE_PAGES = List.of("/", "/topics", "/entities", "/help");

    /**
     * The sitemaps protocol's limit of URLs per sitemap. Articles are split into sitemaps by id range
     * (this many ids each), so no sitemap holds more, however many articles there are.
     */
    static final int ARTICLES_PER_SITEMAP = 50_000;

    private static final String XML = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";

    private final ArticleSitemapRepository articles;
    private final EntityRepository entities;
    private final EventRepository events;
    private final SiteUrl site;

    SitemapController(
            ArticleSitemapRepository articles, EntityRepository entities, EventRepository events, SiteUrl site) {
        this.articles = articles;
        this.entities = entities;
        this.events = events;
        this.site = site;
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException {
        ArticleSitemapRepository.Parts parts = articles.parts(ARTICLES_PER_SITEMAP);
        response.setContentType(XML);
        SitemapXml xml = SitemapXml.index(response.getOutputStream());
        xml.add(site.absolute("/sitemaps/pages.xml"), parts.collectionChanged());
        parts.parts()
                .forEach(part ->
                        xml.add(site.absolute("/sitemaps/articles-" + part.number() + ".xml"), part.lastChanged()));
        events.findSitemapParts(ARTICLES_PER_SITEMAP)
                .forEach(part ->
                        xml.add(site.absolute("/sitemaps/events-" + part.number() + ".xml"), part.lastChanged()));
        xml.finish();
    }

    @GetMapping("/sitemaps/pages.xml")
    void pages(HttpServletResponse response) throws IOException {
        EntityRepository.Pages pages = entities.findPagesWithLastChange();
        response.setContentType(XML);
        SitemapXml xml = SitemapXml.urlset(response.getOutputStream());
        // The site's own pages show the whole collection, so they changed when it did.
        SITE_PAGES.forEach(path -> xml.add(site.absolute(path), pages.collectionChanged()));
        pages.entities().forEach(entity -> xml.add(site.absolute("/entities/" + entity.slug()), entity.lastChanged()));
        xml.finish();
    }

    /** A numbered article sitemap; one with no visible article (or past the last) is not found. */
    @GetMapping("/sitemaps/articles-{part:[0-9]{1,9}}.xml")
    void articles(@PathVariable long part, HttpServletResponse response) throws IOException {
        SitemapXml[] xml = {null};
        long count = articles.forEachArticle(part, ARTICLES_PER_SITEMAP, article -> {
            if (xml[0] == null) {
                response.setContentType(XML);
                xml[0] = SitemapXml.urlset(outputOf(response));
            }
            xml[0].add(site.absolute("/articles/" + article.slug()), article.lastChanged());
        });
        if (count == 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        xml[0].finish();
    }

    /** A numbered events sitemap, split by id range as the articles' are; one with no public event is not found. */
    @GetMapping("/sitemaps/events-{part:[0-9]{1,9}}.xml")
    void events(@PathVariable long part, HttpServletResponse response) throws IOException {
        List<EventRepository.PageChange> pages = events.findSitemapPart(part, ARTICLES_PER_SITEMAP);
        if (pages.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(XML);
        SitemapXml xml = SitemapXml.urlset(response.getOutputStream());
        pages.forEach(page -> xml.add(site.absolute("/events/" + page.slug()), page.lastChanged()));
        xml.finish();
    }

    private static OutputStream outputOf(HttpServletResponse response) {
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
