package org.nkrtimeline.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word triples (3-shingles) of a text: each run of three consecutive words, lower-cased. Two texts
 * that share a sentence share its triples, whatever punctuation, case or line breaks differ; two
 * independently written texts share few, and those few are names and set phrases ("kim jong un").
 */
final class WordTriples {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");

    private WordTriples() {}

    static List<String> words(String text) {
        return WORD.matcher(TextNormal.of(text))
                .results()
                .map(match -> match.group())
                .toList();
    }

    static Set<String> of(String text) {
        List<String> words = words(text);
        Set<String> triples = new LinkedHashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            triples.add(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
        }
        return triples;
    }

    /**
     * How much of {@code text} is in {@code other}: the share of its word triples that {@code other}
     * has too, 0 for a text of fewer than three words. A copy reworded here and there keeps most of
     * them; two reports written apart share next to none (the seeds' September reports: none).
     */
    public static double shareOf(String text, String other) {
        return shareOf(of(text), other);
    }

    /** {@link #shareOf(String, String)} with the text's triples already made. */
    static double shareOf(Set<String> own, String other) {
        if (own.isEmpty()) {
            return 0;
        }
        Set<String> theirs = of(other);
        return (double) own.stream().filter(theirs::contains).count() / own.size();
    }
}
