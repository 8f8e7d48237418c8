package org.nkrtimeline.timeline;

/**
 * Whether a request's timeline parameters are already as short as the filter they express
 * ({@link TimelineFilterParser#isCanonical}): the timeline page redirects the others to their short form.
 */
public enum ParameterForm {
    CANONICAL,
    NOT_CANONICAL
}
