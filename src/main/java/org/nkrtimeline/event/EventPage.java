package org.nkrtimeline.event;

import java.util.List;
import java.util.Map;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.entity.MentionedEntity;

/**
 * An event as its page shows it.
 *
 * @param entities the people, places and organisations its reports mention, most mentioned first
 * @param strip    the coverage strip; null for an undated event
 * @param undated  the reports with no publication date, which the strip cannot place
 */
public record EventPage(
        Event event,
        List<ReportView> reports,
        List<MentionedEntity> entities,
        List<EventTopic> topics,
        CoverageStrip strip,
        List<ReportView> undated) {

    public EventPage {
        reports = List.copyOf(reports);
        entities = List.copyOf(entities);
        topics = List.copyOf(topics);
        undated = List.copyOf(undated);
    }

    /** The entities by kind: people (participants), places, organisations. */
    public Map<EntityKind, List<MentionedEntity>> entitiesByKind() {
        return EntityKind.group(entities, mentioned -> mentioned.entity().kind());
    }

    /** Whether no two reports share a sentence: then each is its own account, not a rewrite or a repost. */
    public boolean independentlyWritten() {
        return reports.size() > 1
                && reports.stream().allMatch(report -> report.shared().isEmpty());
    }
}
