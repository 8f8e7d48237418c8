package org.nkrtimeline.timeline;

import java.util.List;
import org.nkrtimeline.collection.ArticleDates;

/**
 * @param highlightedHeadline the headline with the search's matches marked; null without a search
 * @param snippet             passages of the text around the search's matches; null without a search
 * @param event               in the timeline grouped by event, the event this entry stands for (the
 *                            article is its first matching report); null for an article on its own
 */
public record TimelineEntry(
        long id,
        String slug,
        String headline,
        String lede,
        ArticleDates dates,
        List<TopicRef> topics,
        Highlighted highlightedHeadline,
        Highlighted snippet,
        EventEntry event) {

    public TimelineEntry {
        topics = List.copyOf(topics);
    }

    public boolean hasEvent() {
        return event != null;
    }

    /** Whether to show the snippet instead of the lede: only when it quotes a match from the text. */
    public boolean hasSnippet() {
        return snippet != null && snippet.hasMatch();
    }
}
