package org.nkrtimeline.timeline;

/** A topic on the filter form: how many articles it would match under the reader's other filters. */
public record TopicFacet(String slug, String name, String description, long count, boolean selected) {}
