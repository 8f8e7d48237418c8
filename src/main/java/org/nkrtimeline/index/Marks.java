package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A search's matches marked in a text by Lucene's highlighter. Matches are marked with two characters
 * from Unicode's private use area ({@link #START}, {@link #STOP}) instead of HTML tags, and nothing
 * else is changed: the page escapes all of it, so a source containing "&lt;b&gt;" can neither inject
 * a tag nor fake a mark. Phrases are marked only where the whole phrase matches.
 */
public final class Marks {

    public static final char START = '\uE000';
    public static final char STOP = '\uE001';

    /** A snippet's passages: up to two, of about this many characters, joined by an ellipsis. */
    static final int PASSAGE_CHARS = 180;

    static final int PASSAGES = 2;
    static final String PASSAGE_SEPARATOR = " … ";

    /** Bodies are highlighted whole, however long: a match at the end is still found. */
    private static final int MAX_BODY_CHARS = Integer.MAX_VALUE - 1;

    private static final int FALLBACK_WORDS = 30;

    private final Query query;
    private final Analyzer analyzer;

    /** @param query the search's matching query ({@link SearchSyntax.Search#matching()}) */
    public Marks(Query query, Analyzer analyzer) {
        this.query = query;
        this.analyzer = analyzer;
    }

    /** The search's matching query, whose matches are marked. */
    Query query() {
        return query;
    }

    /**
     * The whole text, every match marked. Lucene's classic highlighter analyses the text: it marks the
     * short texts of one page (headlines, an article's text) that the index holds no offsets for.
     */
    public String all(String text) {
        Highlighter highlighter = new Highlighter(
                new SimpleHTMLFormatter(String.valueOf(START), String.valueOf(STOP)), new QueryScorer(query));
        highlighter.setTextFragmenter(new NullFragmenter());
        highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        try {
            String marked = highlighter.getBestFragment(analyzer, Fields.BODY, text);
            return marked == null || marked.isEmpty() ? text : marked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return text;
        }
    }

    /**
     * For each hit, in order, up to two passages of its body around its best matches, joined by an
     * ellipsis; without a match in the body, its first words (a search may match only the headline).
     * Lucene's unified highlighter finds the matches in the body's postings, which hold their
     * offsets, so no body is analysed again.
     */
    List<String> snippets(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        int[] docs = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docs[i] = hits[i].doc;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withWeightMatches(false)
                .withMaxLength(MAX_BODY_CHARS)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f))
                .withFormatter(new DefaultPassageFormatter(
                        String.valueOf(START), String.valueOf(STOP), PASSAGE_SEPARATOR, false))
                .withMaxNoHighlightPassages(0)
                .build();
        String[] marked = highlighter
                .highlightFields(new String[] {Fields.BODY}, query, docs, new int[] {PASSAGES})
                .get(Fields.BODY);
        List<String> snippets = new ArrayList<>(hits.length);
        for (int i = 0; i < hits.length; i++) {
            snippets.add(marked[i] == null || marked[i].isBlank() ? null : marked[i].strip());
        }
        return snippets;
    }

    /** The first words of a text: the snippet of a hit whose body has no match. */
    public static String firstWords(String text) {
        String[] words = text.strip().split("\\s+", FALLBACK_WORDS + 1);
        if (words.length <= FALLBACK_WORDS) {
            return text.strip();
        }
        return String.join(" ", Arrays.copyOf(words, FALLBACK_WORDS));
    }
}
