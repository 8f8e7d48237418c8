package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's search, with the syntax the database's {@code websearch_to_tsquery} gave it: words are
 * all required, {@code "a phrase"} must appear as written, {@code -word} must not appear, and
 * {@code or} between two terms accepts either. Any text is a valid search: there is no syntax to get
 * wrong (Lucene's own query syntax is never used), an unbalanced quote runs to the end, and a word
 * with nothing searchable in it (punctuation, a stop word such as "the") is left out. Each word goes
 * through the {@link ArticleAnalyzer}, as the indexed text did; a word that it splits in several
 * ("north-korea") is searched as a phrase of them. Only the first {@link #MAX_TERMS} words and phrases
 * are used.
 */
public final class SearchSyntax {

    /**
     * A search uses its first 64 words and phrases: more would exceed Lucene's limit on the clauses of
     * a query, and no reader's search needs them.
     */
    static final int MAX_TERMS = 64;

    private SearchSyntax() {}

    /**
     * @param matching  the articles it finds: each word or phrase in the headline or in the body
     * @param relevance an optional clause that adds to the score of headline matches
     * @param hasNoWords the search has nothing to search for, so it finds nothing
     */
    public record Search(Query matching, Query relevance, boolean hasNoWords) {}

    public static Search parse(String input, Analyzer analyzer) {
        boolean anyWords = false;
        List<Query> required = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        List<Query> headline = new ArrayList<>();
        List<Query> alternatives = new ArrayList<>();
        boolean orPending = false;
        int i = 0;
        int length = input.length();
        int terms = 0;
        while (i < length && terms < MAX_TERMS) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < length && !Character.isWhitespace(input.charAt(i + 1))) {
                negated = true;
                i++;
                c = input.charAt(i);
            }
            String text;
            boolean quoted = c == '"';
            if (quoted) {
                int end = input.indexOf('"', i + 1);
                text = input.substring(i + 1, end < 0 ? length : end);
                i = end < 0 ? length : end + 1;
            } else {
                int end = i;
                while (end < length && !Character.isWhitespace(input.charAt(end)) && input.charAt(end) != '"') {
                    end++;
                }
                text = input.substring(i, end);
                i = end;
            }
            if (!quoted && !negated && text.toLowerCase(Locale.ROOT).equals("or")) {
                orPending = !alternatives.isEmpty();
                continue;
            }
            Query words = inHeadlineOrBody(text, analyzer);
            if (words == null) {
                continue;
            }
            anyWords = true;
            terms++;
            if (negated) {
                excluded.add(words);
                orPending = false;
                continue;
            }
            if (!orPending) {
                flush(alternatives, required);
            }
            alternatives.add(words);
            headline.add(phrase(Fields.HEADLINE_TEXT, text, analyzer));
            orPending = false;
        }
        flush(alternatives, required);
        if (!anyWords) {
            return new Search(new MatchNoDocsQuery("nothing to search for"), null, true);
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        required.forEach(query -> matching.add(query, Occur.MUST));
        if (required.isEmpty()) {
            matching.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        excluded.forEach(query -> matching.add(query, Occur.MUST_NOT));
        BooleanQuery.Builder relevance = new BooleanQuery.Builder();
        headline.forEach(query -> relevance.add(query, Occur.SHOULD));
        return new Search(matching.build(), headline.isEmpty() ? null : relevance.build(), false);
    }

    /** The terms before an {@code or} and after it become one clause that either satisfies. */
    private static void flush(List<Query> alternatives, List<Query> required) {
        if (alternatives.size() == 1) {
            required.add(alternatives.get(0));
        } else if (alternatives.size() > 1) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            alternatives.forEach(query -> either.add(query, Occur.SHOULD));
            required.add(either.build());
        }
        alternatives.clear();
    }

    /**
     * The text's words in the headline or in the body; null when it has none to search for. A phrase
     * never runs from the headline into the body, as with the database's search vector.
     */
    private static Query inHeadlineOrBody(String text, Analyzer analyzer) {
        Query body = phrase(Fields.BODY, text, analyzer);
        if (body == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(body, Occur.SHOULD)
                .add(phrase(Fields.HEADLINE_TEXT, text, analyzer), Occur.SHOULD)
                .build();
    }

    /** The text's words as a term or a phrase in {@code field}; null when it has no searchable word. */
    static Query phrase(String field, String text, Analyzer analyzer) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        List<Term> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                Term t = new Term(field, term.toString());
                terms.add(t);
                phrase.add(t, position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        return terms.size() == 1 ? new TermQuery(terms.get(0)) : phrase.build();
    }
}
