package org.nkrtimeline.timeline;

import java.time.Instant;
import java.util.List;
import org.nkrtimeline.collection.ArticleDates;

/**
 * An article as the feed and the exports give it.
 *
 * @param updated    when we stored the article or last corrected something readers see: a real
 *                   timestamp of ours, never a date from the source
 * @param entities   the people, places and organisations it mentions, most mentioned first; empty
 *                   unless asked for
 * @param sourceText the stored source file, for the full text; null unless asked for
 */
public record ExportedArticle(
        long id,
        String slug,
        String headline,
        String lede,
        ArticleDates dates,
        Instant updated,
        List<TopicRef> topics,
        List<String> entities,
        String sourceText,
        String sourceFile) {

    public ExportedArticle {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
    }

    public String path() {
        return "/articles/" + slug;
    }
}
