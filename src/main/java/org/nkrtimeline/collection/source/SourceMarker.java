package org.nkrtimeline.collection.source;

import java.util.Locale;
import java.util.Optional;

/**
 * A line of the source that says where the text came from rather than being part of it: the parser
 * leaves it out of the text, as scraping debris, but keeps it as provenance, so a repost says it is
 * one instead of passing for the original.
 *
 * @param line the line as the source wrote it, trimmed
 */
public record SourceMarker(Kind kind, String line) {

    public enum Kind {
        /** An aggregator's link back to the article it copied ("Read the original article here"). */
        REPOST
    }

    /** The marker a line of debris is, if it is one: an "Advertisement" line says nothing about the source. */
    static Optional<SourceMarker> of(String debris) {
        return debris.toLowerCase(Locale.ROOT).equals("read the original article here")
                ? Optional.of(new SourceMarker(Kind.REPOST, debris))
                : Optional.empty();
    }
}
