/**
 * The timeline: the reader's filter and its URL form (read into any controller's arguments), the search,
 * every timeline query (pages, facets, counts, an article's place, the feed's and exports' rows), and the
 * timeline and entity pages.
 */
package org.nkrtimeline.timeline;
