package org.nkrtimeline.timeline;

/**
 * A topic, person, place or organisation on the filter form, with how many articles choosing it
 * would show (a topic: under the reader's other filters; an entity: among the current results). One
 * type for both, because the form's one fragment reads both: SpEL compiles each of a template's
 * expressions for the type it first meets, and a second type made it compile again and again.
 */
public record FacetChoice(String slug, String name, long count, boolean selected) {}
