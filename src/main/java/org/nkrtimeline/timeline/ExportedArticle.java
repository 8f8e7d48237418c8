package org.nkrtimeline.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;

/**
 * An article as the feed and the exports give it.
 *
 * @param updated    when we stored the article or last corrected something readers see: a real
 *                   timestamp of ours, never a date from the source
 * @param entities   the people, places and organisations it mentions, most mentioned first; empty
 *                   unless asked for
 * @param sourceText the stored source file, for the full text; null unless asked for
 * @param event      the event the article reports, with its role among the event's reports; null if none
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
        String sourceFile,
        ReportedEvent event) {

    /**
     * An event as the feed and the exports name it.
     *
     * @param role  the article's role among its reports, as the database spells it (first_report…)
     * @param start its first day (null when unknown), at {@code precision}; {@code end} its last, or null
     * @param note  what the date rests on; for an estimate, its reason
     */
    public record ReportedEvent(
            String slug,
            String title,
            String role,
            LocalDate start,
            LocalDate end,
            DatePrecision precision,
            boolean estimated,
            String note,
            String summary) {

        public String path() {
            return "/events/" + slug;
        }
    }

    public ExportedArticle {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
    }

    public String path() {
        return "/articles/" + slug;
    }
}
