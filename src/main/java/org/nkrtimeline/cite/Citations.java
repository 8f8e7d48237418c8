package org.nkrtimeline.cite;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.web.SiteUrl;
import org.nkrtimeline.web.UrlParts;
import org.springframework.stereotype.Service;

/** Public articles as cited today: their citation fields, and the files that carry them. */
@Service
class Citations {

    private final CitationRepository repository;
    private final SiteUrl site;
    private final SiteText text;
    private final Clock clock = Clock.systemUTC();

    Citations(CitationRepository repository, SiteUrl site, SiteText text) {
        this.repository = repository;
        this.site = site;
        this.text = text;
    }

    /** The public articles of {@code slugs}, in that order, as cited today; unknown ones left out. */
    List<CitedArticle> cited(List<String> slugs) {
        LocalDate today = LocalDate.now(clock);
        return repository.bySlugs(slugs).stream()
                .map(row -> row.cited(
                        text.get("site.name"), site.absolute("/articles/" + UrlParts.pathSegment(row.slug())), today))
                .toList();
    }

    /** A whole file of a few articles. */
    String file(CitationFile format, List<CitedArticle> articles) {
        StringWriter out = new StringWriter();
        try {
            format.start(out);
            format.write(articles, true, out);
            format.end(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A chunk of a long file: its articles' records, after those already written ({@code first}: none).
     *
     * @return how many were written (an article hidden since the chunk was read is left out)
     */
    int chunk(CitationFile format, List<String> slugs, boolean first, Writer out) throws IOException {
        List<CitedArticle> articles = cited(slugs);
        format.write(articles, first, out);
        return articles.size();
    }
}
