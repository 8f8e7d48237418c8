package org.nkrtimeline.timeline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link TimelineFilter} parameter: the endpoint serves the whole of the view, never one page of it
 * (a feed, a file). Its address is still the page's, so the page cursors ({@code after},
 * {@code before}) are checked as strictly as on the page and refused the same way; they then choose
 * nothing, and the method declares no {@link TimelineCursor}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface WholeView {}
