package org.nkrtimeline.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nkrtimeline.collection.ArticleNotFoundException;
import org.nkrtimeline.event.EventPage;
import org.nkrtimeline.event.EventService;
import org.nkrtimeline.web.UrlParts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Cite this article": the article's reference in APA and Chicago, and as a file for a reference
 * manager (RIS, BibTeX, CSL-JSON); the same files for an event's reports. Each with the day it was
 * accessed, so none is kept by the page cache.
 */
@Controller
class CiteController {

    private final Citations citations;
    private final EventService events;

    CiteController(Citations citations, EventService events) {
        this.citations = citations;
        this.events = events;
    }

    /** A model of the page: the article, the references in both styles and the article's address. */
    record CitePage(CitedArticle article, String apa, String chicago, String path) {}

    @GetMapping("/articles/{slug}/cite")
    String page(@PathVariable String slug, Model model) {
        CitedArticle article = one(slug);
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

    /** {@code cite.ris}, {@code cite.bib} or {@code cite.json}: one article's file. */
    @GetMapping("/articles/{slug}/cite.{extension}")
    ResponseEntity<byte[]> articleFile(@PathVariable String slug, @PathVariable String extension) {
        CitationFile format = CitationFile.ofExtension(extension);
        CitedArticle article = one(slug);
        return file(format, List.of(article), article.slug());
    }

    /** The event's public reports, in publication order, in one file. */
    @GetMapping("/events/{slug}/cite.{extension}")
    ResponseEntity<byte[]> eventFile(@PathVariable String slug, @PathVariable String extension) {
        CitationFile format = CitationFile.ofExtension(extension);
        EventPage event = events.page(slug);
        List<String> reports =
                event.reports().stream().map(view -> view.report().slug()).toList();
        return file(format, citations.cited(reports), event.event().slug());
    }

    private ResponseEntity<byte[]> file(CitationFile format, List<CitedArticle> articles, String name) {
        return ResponseEntity.ok()
                .contentType(format.type())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + format.extension())
                                .build()
                                .toString())
                .body(citations.file(format, articles).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ArticleNotFoundException no public article has the address (404) */
    private CitedArticle one(String slug) {
        List<CitedArticle> found = citations.cited(List.of(slug));
        if (found.isEmpty()) {
            throw new ArticleNotFoundException(slug);
        }
        return found.get(0);
    }
}
