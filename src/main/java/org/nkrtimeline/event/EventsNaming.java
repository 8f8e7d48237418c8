package org.nkrtimeline.event;

import java.util.List;

/**
 * The latest events whose reports name an entity, for its page.
 *
 * @param more whether there are older ones besides
 */
public record EventsNaming(List<EventSummary> events, boolean more) {

    public EventsNaming {
        events = List.copyOf(events);
    }
}
