package org.nkrtimeline.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Words as the database's search configuration {@code english_unaccent} (V4) saw them, so that the
 * index finds what the database's search found: accents and case ignored, PostgreSQL's English stop
 * words left out, and words reduced to the same Snowball English stem ("drones" finds "drone").
 * Lucene's standard tokenizer splits a hyphenated word where PostgreSQL also kept it whole; that is
 * the one known difference (docs/search.md).
 */
public final class ArticleAnalyzer extends Analyzer {

    static final CharArraySet STOP_WORDS = loadStopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(words);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet loadStopWords() {
        CharArraySet words = new CharArraySet(200, true);
        words.addAll(stopWordList());
        return CharArraySet.unmodifiableSet(words);
    }

    /** PostgreSQL's English stop words, as the index leaves them out (also the OpenSearch index's). */
    static List<String> stopWordList() {
        try (InputStream in = ArticleAnalyzer.class.getResourceAsStream("/index/english-stop.txt")) {
            if (in == null) {
                throw new IllegalStateException("index/english-stop.txt is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
