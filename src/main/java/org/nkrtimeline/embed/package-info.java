/**
 * Timelines and events for other sites' pages: {@code /embed} (any timeline view) and
 * {@code /embed/events/{slug}}, compact and read-only, framable from anywhere (their own security
 * chain: {@code frame-ancestors *}, no session); the iframe code each page offers; and oEmbed.
 */
package org.nkrtimeline.embed;
