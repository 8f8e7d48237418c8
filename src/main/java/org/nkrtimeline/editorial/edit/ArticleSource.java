package org.nkrtimeline.editorial.edit;

/**
 * Who published an article's text and where, as editors set it (V22): each null when nothing says.
 * The import takes them from the source file's header lines.
 */
public record ArticleSource(String name, String url) {

    /** As the history shows a value: "none" when there is none, like an empty list of topics. */
    static String shown(String value) {
        return value == null ? "none" : value;
    }
}
