package org.nkrtimeline.editorial.edit;

import java.util.List;
import org.nkrtimeline.collection.ArticleDates;

/** What editors set about an article, checked: its headline, its dates and its topics (by slug). */
public record ArticleMetadata(String headline, ArticleDates dates, List<String> topics) {

    public ArticleMetadata {
        topics = List.copyOf(topics);
    }
}
