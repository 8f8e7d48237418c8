package org.nkrtimeline.event;

/** A topic of an event's reports. */
public record EventTopic(String slug, String name) {}
