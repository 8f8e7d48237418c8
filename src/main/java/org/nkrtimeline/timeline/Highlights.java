package org.nkrtimeline.timeline;

import java.util.ArrayList;
import java.util.List;
import org.nkrtimeline.index.Marks;

/**
 * Reads PostgreSQL's {@code ts_headline} output. The database marks matches with two characters
 * from Unicode's private use area instead of HTML tags: the text is never treated as markup, so
 * the page escapes all of it, and a source containing "&lt;b&gt;" can neither inject a tag nor fake a
 * highlight.
 */
public final class Highlights {

    static final char START = Marks.START;
    static final char STOP = Marks.STOP;

    /** A snippet: up to two passages around the best matches, about 15–35 words each. */
    public static final String SNIPPET_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** The whole text, every match marked. */
    public static final String ALL_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

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
