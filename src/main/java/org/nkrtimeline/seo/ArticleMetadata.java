package org.nkrtimeline.seo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article page tells search engines and link previews about itself.
 *
 * @param canonical     the article's absolute URL, without the reader's filters
 * @param description   the lede, cut to {@link Descriptions#MAX_LENGTH}
 * @param publishedTime the publication date (ISO), or null when it is not known: never guessed
 * @param modifiedTime  when it was last corrected (ISO instant), or null if never
 * @param tags          the names of its topics
 * @param indexable     false for an article readers may not see (hidden, or awaiting review), which only editors see
 * @param linkedData    schema.org NewsArticle, for a JSON-LD block
 */
public record ArticleMetadata(
        String canonical,
        String title,
        String description,
        String publishedTime,
        String modifiedTime,
        List<String> tags,
        boolean indexable,
        Map<String, Object> linkedData) {

    public ArticleMetadata {
        tags = List.copyOf(tags);
        linkedData = Collections.unmodifiableMap(new LinkedHashMap<>(linkedData));
    }
}
