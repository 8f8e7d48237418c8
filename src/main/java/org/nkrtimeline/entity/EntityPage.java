package org.nkrtimeline.entity;

import org.nkrtimeline.timeline.TimelinePage;

/** An entity's page: who or what it is, and the timeline of the articles that mention it. */
public record EntityPage(EntitySummary summary, TimelinePage timeline) {
}
