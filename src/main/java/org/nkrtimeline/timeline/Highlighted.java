package org.nkrtimeline.timeline;

import java.util.List;

/** A text with the passages that match a search marked, as segments a template renders escaped. */
public record Highlighted(List<Segment> segments) {

    public record Segment(String text, boolean match) {}

    public Highlighted {
        segments = List.copyOf(segments);
    }

    public boolean hasMatch() {
        return segments.stream().anyMatch(Segment::match);
    }

    public String text() {
        return String.join("", segments.stream().map(Segment::text).toList());
    }
}
