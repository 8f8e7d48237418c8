package org.nkrtimeline.collection.source;

import org.nkrtimeline.i18n.Message;

/** A source file that cannot become an article, with where and why, in words an editor can act on. */
public class ArticleParseException extends Exception {

    private final String source;
    private final int line;
    private final transient Message text;

    /** {@code reason} says what is wrong; the exception's message adds where, in English (the command line's words). */
    public ArticleParseException(String source, int line, Message reason) {
        this(
                line > 0
                        ? new Message("import.error.atLine", source, String.valueOf(line), reason)
                        : new Message("import.error.inFile", source, reason),
                source,
                line);
    }

    private ArticleParseException(Message text, String source, int line) {
        super(text.english());
        this.source = source;
        this.line = line;
        this.text = text;
    }

    public String source() {
        return source;
    }

    /** The 1-based line the problem is on, or 0 where it concerns the whole file. */
    public int line() {
        return line;
    }

    /** Where and what is wrong, for the review page to show in the site's language. */
    public Message text() {
        return text;
    }
}
