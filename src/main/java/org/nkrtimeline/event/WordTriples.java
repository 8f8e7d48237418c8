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
}
