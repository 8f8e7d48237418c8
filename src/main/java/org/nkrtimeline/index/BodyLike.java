package org.nkrtimeline.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.Objects;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The articles whose bodies are most like a text: Lucene's MoreLikeThis query of the text's most
 * telling words (frequent in it, rare in the collection), analysed as the bodies are. A query of its
 * own, made into MoreLikeThis's terms against the index that runs it, so that {@link OpenSearchQueries}
 * can say it to OpenSearch too (its {@code more_like_this}, the same class at work, with the same
 * settings).
 */
public final class BodyLike extends Query {

    /** The text's words a query uses at most. */
    static final int MAX_QUERY_TERMS = 40;

    private final String text;

    public BodyLike(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
        like.setFieldNames(new String[] {Fields.BODY});
        like.setAnalyzer(new ArticleAnalyzer());
        like.setMinTermFreq(1);
        like.setMinDocFreq(1);
        like.setMaxQueryTerms(MAX_QUERY_TERMS);
        return like.like(Fields.BODY, new StringReader(text));
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(Fields.BODY)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return "like(" + Fields.BODY + ", " + text.length() + " characters)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && text.equals(((BodyLike) other).text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), text);
    }
}
