package org.nkrtimeline.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.nkrtimeline.article.ArticleService;
import org.nkrtimeline.article.ArticleText;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.web.SiteUrl;
import org.nkrtimeline.web.UrlParts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Cite this article": the article's reference in APA and Chicago, and as a file for a reference
 * manager (RIS, BibTeX, CSL-JSON), each with the day it was accessed. Not kept by the page cache.
 */
@Controller
class CiteController {

    static final MediaType RIS = MediaType.parseMediaType("application/x-research-info-systems;charset=UTF-8");
    static final MediaType BIBTEX = MediaType.parseMediaType("application/x-bibtex;charset=UTF-8");
    static final MediaType CSL_JSON = MediaType.parseMediaType("application/vnd.citationstyles.csl+json");

    private final ArticleService articles;
    private final SiteUrl site;
    private final SiteText text;
    private final Clock clock = Clock.systemUTC();

    CiteController(ArticleService articles, SiteUrl site, SiteText text) {
        this.articles = articles;
        this.site = site;
        this.text = text;
    }

    /** A model of the page: the article, the references in both styles and the files' addresses. */
    record CitePage(CitedArticle article, String apa, String chicago, String path) {}

    @GetMapping("/articles/{slug}/cite")
    String page(@PathVariable String slug, Model model) {
        CitedArticle article = cited(slug);
        CSLItemData item = CitationFormats.item(article);
        model.addAttribute(
                "page",
                new CitePage(
                        article,
                        CitationFormats.formatted(CitationFormats.APA, item),
                        CitationFormats.formatted(CitationFormats.CHICAGO, item),
                        "/articles/" + UrlParts.pathSegment(article.slug())));
        return "cite";
    }

    @GetMapping("/articles/{slug}/cite.ris")
    ResponseEntity<byte[]> ris(@PathVariable String slug) {
        CitedArticle article = cited(slug);
        return file(CitationFormats.ris(article), RIS, article.slug() + ".ris");
    }

    @GetMapping("/articles/{slug}/cite.bib")
    ResponseEntity<byte[]> bibtex(@PathVariable String slug) {
        CitedArticle article = cited(slug);
        return file(CitationFormats.bibtex(article), BIBTEX, article.slug() + ".bib");
    }

    @GetMapping("/articles/{slug}/cite.json")
    ResponseEntity<byte[]> cslJson(@PathVariable String slug) {
        CitedArticle article = cited(slug);
        String json = "[" + CitationFormats.cslJson(CitationFormats.item(article)) + "]";
        return file(json, CSL_JSON, article.slug() + ".json");
    }

    private static ResponseEntity<byte[]> file(String body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws org.nkrtimeline.collection.ArticleNotFoundException no public article has the address (404) */
    private CitedArticle cited(String slug) {
        ArticleText article = articles.text(slug);
        return new CitedArticle(
                article.article().getSlug(),
                article.article().getHeadline(),
                article.provenance().sourceName(),
                text.get("site.name"),
                site.absolute(
                        "/articles/" + UrlParts.pathSegment(article.article().getSlug())),
                article.article().getDates(),
                article.article().getTopics().stream()
                        .map(topic -> topic.getName())
                        .toList(),
                LocalDate.now(clock));
    }
}
