package org.nkrtimeline.event;

/** An event in a list of events, with how many reports readers may see of it. */
public record EventSummary(Event event, int reports) {}
