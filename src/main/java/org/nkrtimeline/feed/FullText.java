package org.nkrtimeline.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nkrtimeline.ingest.ArticleParseException;
import org.nkrtimeline.ingest.ArticleParser;
import org.nkrtimeline.ingest.Block;

/**
 * An article's text as its page shows it: the stored source file through the same parser, so the feed
 * has every sentence of the source, in order, without the date header and the scraping debris.
 */
final class FullText {

    private static final ArticleParser PARSER = new ArticleParser();

    private FullText() {
    }

    static List<Block> blocks(ExportedArticle article) {
        try {
            return PARSER.parse(article.sourceText().getBytes(StandardCharsets.UTF_8), article.sourceFile()).blocks();
        } catch (ArticleParseException e) {
            throw new IllegalStateException("A stored article no longer parses: " + e.getMessage(), e);
        }
    }
}
