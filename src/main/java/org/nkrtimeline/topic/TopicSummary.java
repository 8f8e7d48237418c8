package org.nkrtimeline.topic;

/** A topic as the topics page lists it: with its description and how many articles carry it. */
public record TopicSummary(String slug, String name, String description, long articleCount) {}
