package org.nkrtimeline.timeline;

import org.nkrtimeline.entity.EntitySummary;

/** An entity's page: who or what it is, and the timeline of the articles that mention it. */
public record EntityPage(EntitySummary summary, TimelinePage timeline) {}
