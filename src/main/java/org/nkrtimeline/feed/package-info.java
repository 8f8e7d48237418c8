/**
 * The Atom feed and the CSV and TimelineJS files of any timeline view, formatted from the timeline's rows.
 */
package org.nkrtimeline.feed;
