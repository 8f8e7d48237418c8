package org.nkrtimeline.article;

import java.nio.charset.StandardCharsets;
import org.nkrtimeline.ingest.ArticleParseException;
import org.nkrtimeline.ingest.ArticleParser;
import org.nkrtimeline.ingest.ParsedArticle;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelineService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final TimelineService timeline;
    private final ArticleParser parser = new ArticleParser();

    ArticleService(ArticleRepository articles, TimelineService timeline) {
        this.articles = articles;
        this.timeline = timeline;
    }

    @Transactional(readOnly = true)
    public ArticlePage page(String slug, TimelineFilter filter) {
        Article article = articles.findWithTopicsBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
        ParsedArticle parsed = parse(article);
        return new ArticlePage(article, parsed.blocks(), ArticlePage.readingMinutes(parsed.wordCount()),
                timeline.neighbours(filter, article.getId()), filter);
    }

    /** The page is rendered from the stored source text, so it always shows every sentence of the source. */
    private ParsedArticle parse(Article article) {
        try {
            return parser.parse(article.getSourceText().getBytes(StandardCharsets.UTF_8), article.getSourceFile());
        } catch (ArticleParseException e) {
            throw new IllegalStateException("A stored article no longer parses: " + e.getMessage(), e);
        }
    }
}
