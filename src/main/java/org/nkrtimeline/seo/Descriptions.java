package org.nkrtimeline.seo;

/** Short descriptions for search results and link previews, cut from the article's own words. */
final class Descriptions {

    /** About what search engines show of a description. */
    static final int MAX_LENGTH = 160;

    private static final String ELLIPSIS = "…";

    private Descriptions() {}

    /**
     * The text, whitespace tidied, if it fits in {@code max} characters; otherwise its words up to the
     * last one that fits, followed by "…". Nothing is added but the ellipsis that says it was cut.
     */
    static String cut(String text, int max) {
        String tidy = text.strip().replaceAll("\\s+", " ");
        if (tidy.length() <= max) {
            return tidy;
        }
        int limit = max - ELLIPSIS.length();
        int space = tidy.lastIndexOf(' ', limit);
        int end = space > 0 ? space : limit;
        if (Character.isHighSurrogate(tidy.charAt(end - 1))) {
            end--;
        }
        String kept = tidy.substring(0, end);
        // A cut after "Moscow," reads better as "Moscow…"; only punctuation before the cut goes.
        while (!kept.isEmpty() && ",;:-–—".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
            kept = kept.substring(0, kept.length() - 1).stripTrailing();
        }
        return kept + ELLIPSIS;
    }
}
