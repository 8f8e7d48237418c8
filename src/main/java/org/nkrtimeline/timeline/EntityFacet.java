package org.nkrtimeline.timeline;

/** A person, place or organisation on the filter form: how many of the current results mention it. */
public record EntityFacet(String slug, String name, long count, boolean selected) {}
