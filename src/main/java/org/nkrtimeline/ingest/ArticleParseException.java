package org.nkrtimeline.ingest;

/** A source file that cannot become an article, with where and why, in words an editor can act on. */
public class ArticleParseException extends Exception {

    private final String source;
    private final int line;

    public ArticleParseException(String source, int line, String reason) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + reason);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    /** The 1-based line the problem is on, or 0 where it concerns the whole file. */
    public int line() {
        return line;
    }
}
