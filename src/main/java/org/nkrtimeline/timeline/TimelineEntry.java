package org.nkrtimeline.timeline;

import java.util.List;
import org.nkrtimeline.article.ArticleDates;

public record TimelineEntry(long id, String slug, String headline, String lede, ArticleDates dates, List<TopicRef> topics) {

    public TimelineEntry {
        topics = List.copyOf(topics);
    }
}
