package org.nkrtimeline.editorial.importing;

import java.util.List;
import org.nkrtimeline.collection.source.ParsedArticle;
import org.nkrtimeline.collection.source.Sentences;

/**
 * A headline proposed from an article's own words, for the editor to accept or rewrite: its first
 * sentence, cut at a word boundary when it is long. Never more than {@link #MAX_LENGTH} characters.
 */
public final class Headlines {

    public static final int MAX_LENGTH = 100;

    private Headlines() {}

    public static String propose(ParsedArticle article) {
        List<String> sentences = Sentences.split(article.lede());
        String first = (sentences.isEmpty() ? article.lede() : sentences.get(0)).strip();
        if (first.endsWith(".")) {
            first = first.substring(0, first.length() - 1);
        }
        if (first.length() <= MAX_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', MAX_LENGTH - 1);
        if (cut <= 0) {
            // No space to cut at: cut between characters, not between the two halves of an emoji.
            cut = Character.isHighSurrogate(first.charAt(MAX_LENGTH - 2)) ? MAX_LENGTH - 2 : MAX_LENGTH - 1;
        }
        return first.substring(0, cut).stripTrailing() + "…";
    }
}
