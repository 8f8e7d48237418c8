package org.nkrtimeline.timeline;

import org.nkrtimeline.entity.EntitySummary;
import org.nkrtimeline.event.EventsNaming;

/**
 * An entity's page: who or what it is, the latest events its reports name it in, and the timeline of
 * the articles that mention it.
 */
public record EntityPage(EntitySummary summary, EventsNaming events, TimelinePage timeline) {}
