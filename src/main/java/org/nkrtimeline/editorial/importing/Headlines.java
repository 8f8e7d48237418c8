package org.nkrtimeline.editorial.importing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkrtimeline.collection.source.ParsedArticle;
import org.nkrtimeline.collection.source.Sentences;
import org.nkrtimeline.editorial.edit.HeadlinePlaceholder;
import org.nkrtimeline.editorial.edit.MetadataForm;

/**
 * A headline proposed from an article's own words, for the editor to accept or rewrite: its first
 * sentence (without its full stop) if it fits the headline limit, else that sentence's first clause
 * if it fits. Always whole: never a word cut off, never an ellipsis the text does not have. When not
 * even the first clause fits, nothing is proposed, and the import uses a {@link HeadlinePlaceholder}
 * that an editor must replace before publishing.
 */
public final class Headlines {

    /** A headline's limit (the form's and the database's), in characters as PostgreSQL counts them. */
    public static final int MAX_LENGTH = MetadataForm.MAX_HEADLINE;

    /**
     * Where a clause ends: a comma, semicolon or colon followed by a space (not the comma of
     * "1,000"), a dash between spaces, or an em dash.
     */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:](?=\\s)|\\s[-–—]\\s|—");

    private static final String OPENING = "“«([";
    private static final String CLOSING = "”»)]";

    private Headlines() {}

    public static Optional<String> propose(ParsedArticle article) {
        List<String> sentences = Sentences.split(article.lede());
        String first = (sentences.isEmpty() ? article.lede() : sentences.get(0)).strip();
        if (first.endsWith(".")) {
            first = first.substring(0, first.length() - 1);
        }
        if (isHeadline(first)) {
            return Optional.of(first);
        }
        return firstClause(first).filter(Headlines::isHeadline);
    }

    /**
     * The sentence up to where its first clause ends, outside quotation marks and brackets (the
     * comma inside “We will win, whatever it takes” ends no clause of the sentence); empty when no
     * clause ends before the sentence does.
     */
    static Optional<String> firstClause(String sentence) {
        Matcher end = CLAUSE_END.matcher(sentence);
        int depth = 0;
        boolean inStraightQuotes = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (depth == 0
                    && !inStraightQuotes
                    && end.region(i, sentence.length()).lookingAt()) {
                String clause = sentence.substring(0, i).strip();
                if (hasWord(clause)) {
                    return Optional.of(clause);
                }
            }
            if (OPENING.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                inStraightQuotes = !inStraightQuotes;
            }
        }
        return Optional.empty();
    }

    private static boolean isHeadline(String text) {
        return hasWord(text) && text.codePointCount(0, text.length()) <= MAX_LENGTH;
    }

    private static boolean hasWord(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
