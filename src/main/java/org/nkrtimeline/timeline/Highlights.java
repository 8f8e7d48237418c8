package org.nkrtimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.index.Marks;

/**
 * Reads the read index's marked texts ({@link Marks}): matches are delimited by two characters from
 * Unicode's private use area instead of HTML tags, so the text is never treated as markup, the page
 * escapes all of it, and a source containing "&lt;b&gt;" can neither inject a tag nor fake a highlight.
 */
public final class Highlights {

    static final char START = Marks.START;
    static final char STOP = Marks.STOP;

    private Highlights() {}

    public static Highlighted parse(String marked) {
        List<Highlighted.Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == STOP) {
                flush(segments, text, inMatch);
                inMatch = c == START;
            } else {
                text.append(c);
            }
        }
        flush(segments, text, inMatch);
        return new Highlighted(segments);
    }

    private static void flush(List<Highlighted.Segment> segments, StringBuilder text, boolean match) {
        if (!text.isEmpty()) {
            segments.add(new Highlighted.Segment(text.toString(), match));
            text.setLength(0);
        }
    }
}
