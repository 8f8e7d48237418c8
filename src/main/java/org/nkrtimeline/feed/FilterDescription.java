package org.nkrtimeline.feed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nkrtimeline.timeline.Axis;
import org.nkrtimeline.timeline.TimelineFilter;

/**
 * A view's filter in words, for the titles of the feed and the files: "Search: drones · Topic: Space".
 * Only topics and entities that exist are named, as the page ignores the others.
 */
record FilterDescription(TimelineFilter filter, List<String> topics, List<String> entities) {

    static final String SITE = "North Korea–Russia relations";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    FilterDescription {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
    }

    /** The parts of the filter, each a short phrase; empty for the whole timeline by event date. */
    List<String> parts() {
        List<String> parts = new ArrayList<>();
        if (filter.hasQuery()) {
            parts.add("Search: " + filter.query());
        }
        if (!topics.isEmpty()) {
            parts.add((topics.size() == 1 ? "Topic: " : "Topics: ")
                    + String.join(" or ", topics));
        }
        if (!entities.isEmpty()) {
            parts.add("Mentioning " + String.join(" and ", entities));
        }
        if (filter.hasDateRange()) {
            parts.add(dateRange(filter.from(), filter.to()));
        }
        if (filter.axis() == Axis.PUBLISHED) {
            parts.add("By publication date");
        }
        return parts;
    }

    /** "Search: drones · Topic: Space · North Korea–Russia relations", or the site's own title unfiltered. */
    String title() {
        List<String> parts = parts();
        return parts.isEmpty() ? SITE + ": a timeline" : String.join(" · ", parts) + " · " + SITE;
    }

    private static String dateRange(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            return "From " + DAY.format(from) + " to " + DAY.format(to);
        }
        return from != null ? "From " + DAY.format(from) : "Until " + DAY.format(to);
    }

    /** "event date" or "publication date", for sentences about the view's order. */
    String axisName() {
        return filter.axis().label().toLowerCase(Locale.ENGLISH);
    }
}
