package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Fragmenter;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

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
    private static final int PASSAGE_CHARS = 180;

    private static final int PASSAGES = 2;
    private static final int FALLBACK_WORDS = 30;

    private final Query query;
    private final Analyzer analyzer;

    /** @param query the search's matching query ({@link SearchSyntax.Search#matching()}) */
    public Marks(Query query, Analyzer analyzer) {
        this.query = query;
        this.analyzer = analyzer;
    }

    /** The whole text, every match marked. */
    public String all(String text) {
        Highlighter highlighter = highlighter(new QueryScorer(query, Fields.TEXT), new NullFragmenter());
        String marked = best(highlighter, text, 1, "");
        return marked == null || marked.isEmpty() ? text : marked;
    }

    /**
     * Up to two passages of the text around its best matches; without a match in it, its first words
     * (a search may match only the headline).
     */
    public String snippet(String text) {
        QueryScorer scorer = new QueryScorer(query, Fields.TEXT);
        Highlighter highlighter = highlighter(scorer, new SimpleSpanFragmenter(scorer, PASSAGE_CHARS));
        String marked = best(highlighter, text, PASSAGES, " … ");
        return marked == null || marked.isEmpty() ? firstWords(text) : marked.strip();
    }

    private static Highlighter highlighter(QueryScorer scorer, Fragmenter fragmenter) {
        Highlighter highlighter =
                new Highlighter(new SimpleHTMLFormatter(String.valueOf(START), String.valueOf(STOP)), scorer);
        highlighter.setTextFragmenter(fragmenter);
        highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
        return highlighter;
    }

    private String best(Highlighter highlighter, String text, int fragments, String separator) {
        try {
            String[] best = highlighter.getBestFragments(analyzer, Fields.TEXT, text, fragments);
            return best.length == 0 ? null : String.join(separator, best);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            return null;
        }
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+", FALLBACK_WORDS + 1);
        if (words.length <= FALLBACK_WORDS) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.copyOf(words, FALLBACK_WORDS));
    }
}
