package org.nkrtimeline.event;

import java.util.List;

/**
 * The events whose reports name an entity, for its page: the latest of them, and how many there are.
 *
 * @param total how many events in all, of which {@code events} are the latest
 */
public record EventsNaming(List<EventSummary> events, long total) {

    public EventsNaming {
        events = List.copyOf(events);
    }
}
