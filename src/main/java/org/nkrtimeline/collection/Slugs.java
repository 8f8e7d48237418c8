package org.nkrtimeline.collection;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Readable URL slugs made from headlines: lower-case ASCII words joined by hyphens. */
public final class Slugs {

    static final int MAX_LENGTH = 80;

    /** The slug of a headline that makes none, numbered like any other when taken: "article", "article-2". */
    public static final String FALLBACK = "article";

    /** Words a shortened slug should not end on. */
    private static final Set<String> DANGLING =
            Set.of("a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with");

    private Slugs() {}

    /**
     * The slug of a headline, or {@code fallback} when the headline has no letter or digit to make one
     * of (a headline in another script, or only punctuation).
     */
    public static String fromHeadline(String headline, String fallback) {
        try {
            return fromHeadline(headline);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    public static String fromHeadline(String headline) {
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("’", "")
                .replace("'", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a headline needs at least one letter or digit to make a slug");
        }
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_LENGTH);
        String shortened = cut > 0 ? slug.substring(0, cut) : slug.substring(0, MAX_LENGTH);
        while (shortened.contains("-") && DANGLING.contains(shortened.substring(shortened.lastIndexOf('-') + 1))) {
            shortened = shortened.substring(0, shortened.lastIndexOf('-'));
        }
        return shortened;
    }
}
