package org.nkrtimeline.timeline;

import java.util.List;
import org.nkrtimeline.collection.ArticleDates;

/**
 * @param highlightedHeadline the headline with the search's matches marked; null without a search
 * @param snippet             passages of the text around the search's matches; null without a search
 */
public record TimelineEntry(
        long id,
        String slug,
        String headline,
        String lede,
        ArticleDates dates,
        List<TopicRef> topics,
        Highlighted highlightedHeadline,
        Highlighted snippet) {

    public TimelineEntry {
        topics = List.copyOf(topics);
    }

    /** Whether to show the snippet instead of the lede: only when it quotes a match from the text. */
    public boolean hasSnippet() {
        return snippet != null && snippet.hasMatch();
    }
}
