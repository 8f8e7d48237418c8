package org.nkrtimeline.seo;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.nkrtimeline.web.SiteUrl;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /sitemap.xml}, an index of {@code /sitemaps/pages.xml} (the site's own pages and every
 * entity page) and {@code /sitemaps/articles-N.xml} (the visible articles, at most 50,000 each).
 * Each is one SQL statement, written to the client as it is read. URLs are absolute from
 * {@link SiteUrl}, never from the request.
 */
@Controller
class SitemapController {

    /** The pages of the site itself, besides articles and entities. */
    static final List<String> SITE_PAGES = List.of("/", "/topics", "/entities", "/help");

    private static final String XML = MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8";

    private final SitemapRepository sitemaps;
    private final SiteUrl site;

    SitemapController(SitemapRepository sitemaps, SiteUrl site) {
        this.sitemaps = sitemaps;
        this.site = site;
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException {
        SitemapRepository.Index index = sitemaps.index();
        response.setContentType(XML);
        SitemapXml xml = SitemapXml.index(response.getOutputStream());
        xml.add(site.absolute("/sitemaps/pages.xml"), index.collectionChanged());
        index.articleParts().forEach(part ->
                xml.add(site.absolute("/sitemaps/articles-" + part.number() + ".xml"), part.lastModified()));
        xml.finish();
    }

    @GetMapping("/sitemaps/pages.xml")
    void pages(HttpServletResponse response) throws IOException {
        response.setContentType(XML);
        SitemapXml xml = SitemapXml.urlset(response.getOutputStream());
        sitemaps.pages(SITE_PAGES, url -> xml.add(site.absolute(url.path()), url.lastModified()));
        xml.finish();
    }

    /** A numbered article sitemap; one with no visible article (or past the last) is not found. */
    @GetMapping("/sitemaps/articles-{part:[0-9]{1,9}}.xml")
    void articles(@PathVariable long part, HttpServletResponse response) throws IOException {
        SitemapXml[] xml = {null};
        long count = sitemaps.articles(part, url -> {
            if (xml[0] == null) {
                response.setContentType(XML);
                xml[0] = SitemapXml.urlset(outputOf(response));
            }
            xml[0].add(site.absolute(url.path()), url.lastModified());
        });
        if (count == 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        xml[0].finish();
    }

    private static OutputStream outputOf(HttpServletResponse response) {
        try {
            return response.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
