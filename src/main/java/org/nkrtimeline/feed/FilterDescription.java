package org.nkrtimeline.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.i18n.SiteText;
import org.nkrtimeline.timeline.Axis;
import org.nkrtimeline.timeline.TimelineFilter;

/**
 * A view's filter in words, for the titles of the feed and the files: "Search: drones · Topic: Space",
 * in the site's language. Only topics and entities that exist are named, as the page ignores the others.
 */
record FilterDescription(TimelineFilter filter, List<String> topics, List<String> entities, SiteText text) {

    FilterDescription {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
    }

    /** The parts of the filter, each a short phrase; empty for the whole timeline by event date. */
    List<String> parts() {
        List<String> parts = new ArrayList<>();
        if (filter.hasQuery()) {
            parts.add(text.get("export.filter.search", filter.query()));
        }
        if (!topics.isEmpty()) {
            parts.add(text.get(
                    "export.filter.topics",
                    topics.size(),
                    String.join(text.get("export.filter.topics.separator"), topics)));
        }
        if (!entities.isEmpty()) {
            parts.add(text.get(
                    "export.filter.entities", String.join(text.get("export.filter.entities.separator"), entities)));
        }
        if (filter.hasDateRange()) {
            parts.add(dateRange(filter.from(), filter.to()));
        }
        if (filter.axis() == Axis.PUBLISHED) {
            parts.add(text.get("export.filter.byPublication"));
        }
        return parts;
    }

    /** "Search: drones · Topic: Space · North Korea–Russia relations", or the site's own title unfiltered. */
    String title() {
        List<String> parts = parts();
        return parts.isEmpty()
                ? text.get("timeline.title")
                : text.get("site.pageTitle", String.join(text.get("export.filter.separator"), parts));
    }

    private String dateRange(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return text.get("export.filter.fromTo", day(from), day(to));
        }
        return from != null ? text.get("export.filter.from", day(from)) : text.get("export.filter.until", day(to));
    }

    private String day(LocalDate date) {
        return text.date("date.day", date);
    }

    /** "event date" or "publication date", for sentences about the view's order. */
    String axisName() {
        return text.get(filter.axis().inSentenceKey());
    }
}
