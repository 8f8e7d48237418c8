package org.nkrtimeline.event;

import java.util.Map;
import org.nkrtimeline.collection.ArticleDates;

/**
 * A public article that reports an event, with its role and what the comparison needs: its text as
 * the article page shows it (article.body_text) and its entities' mention counts, by entity id.
 */
public record EventReport(
        long articleId,
        String slug,
        String headline,
        ArticleDates dates,
        ReportRole role,
        String bodyText,
        Map<Long, Integer> mentionCounts) {

    public EventReport {
        mentionCounts = Map.copyOf(mentionCounts);
    }
}
