package org.nkrtimeline.article;

import java.util.List;
import org.nkrtimeline.ingest.Block;
import org.nkrtimeline.timeline.Neighbours;
import org.nkrtimeline.timeline.TimelineFilter;

/**
 * An article as its page shows it.
 *
 * @param filter the reader's timeline filter, kept in the links back to the timeline and to the
 *               previous and next articles
 */
public record ArticlePage(Article article, List<Block> body, int readingMinutes, Neighbours neighbours,
                          TimelineFilter filter) {

    /** Reading speed for news prose, in words a minute. */
    static final int WORDS_PER_MINUTE = 230;

    public ArticlePage {
        body = List.copyOf(body);
    }

    static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    public String link(String slug) {
        return filter.link("/articles/" + slug);
    }

    /** Back to a page of the reader's timeline that shows this article, scrolled to its entry. */
    public String backLink() {
        String timeline = neighbours.returnAfter() == null ? filter.link("/")
                : filter.pageLink("after", neighbours.returnAfter());
        return timeline + "#entry-" + article.getSlug();
    }
}
