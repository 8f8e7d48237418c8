package org.nkrtimeline.index;

import java.util.Objects;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The values from {@code from} to {@code to} of a numeric field that has doc values only (such as
 * {@link Fields#HEADLINE_KEY}), read one article at a time: only for the few articles another clause
 * leaves. Lucene runs it as its slow doc-values range; it is a query of its own so that
 * {@link OpenSearchQueries} can say it to OpenSearch too, whose query of Lucene's is not public.
 */
public final class ValueRange extends Query {

    private final String field;
    private final long from;
    private final long to;

    public ValueRange(String field, long from, long to) {
        this.field = field;
        this.from = from;
        this.to = to;
    }

    String field() {
        return field;
    }

    long from() {
        return from;
    }

    long to() {
        return to;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return NumericDocValuesField.newSlowRangeQuery(field, from, to);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return field + ":[" + from + " TO " + to + "]";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && field.equals(((ValueRange) other).field)
                && from == ((ValueRange) other).from
                && to == ((ValueRange) other).to;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, from, to);
    }
}
