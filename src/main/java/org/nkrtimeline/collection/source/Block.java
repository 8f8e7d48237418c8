package org.nkrtimeline.collection.source;

/** One block of an article's body: a paragraph or a short heading line of the source. */
public record Block(Kind kind, String text) {

    public enum Kind {
        PARAGRAPH,
        HEADING
    }

    public static Block paragraph(String text) {
        return new Block(Kind.PARAGRAPH, text);
    }

    public static Block heading(String text) {
        return new Block(Kind.HEADING, text);
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }
}
