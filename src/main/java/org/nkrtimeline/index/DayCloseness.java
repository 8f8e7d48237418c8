package org.nkrtimeline.index;

import java.util.Objects;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Closeness in time to {@code day} (an epoch day): {@code weight × halvesAt / (halvesAt + days apart)}
 * of the article's {@link Fields#DAY}. Lucene runs it as its distance feature query; it is a query of
 * its own so that {@link OpenSearchQueries} can say it to OpenSearch (its {@code distance_feature}, the
 * same formula, on the day as a date), as Lucene's query of it is not public.
 */
public final class DayCloseness extends Query {

    private final long day;
    private final float weight;
    private final long halvesAt;

    public DayCloseness(long day, float weight, long halvesAt) {
        this.day = day;
        this.weight = weight;
        this.halvesAt = halvesAt;
    }

    long day() {
        return day;
    }

    float weight() {
        return weight;
    }

    long halvesAt() {
        return halvesAt;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return LongPoint.newDistanceFeatureQuery(Fields.DAY, weight, day, halvesAt);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(Fields.DAY)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return "closeness(" + Fields.DAY + ", " + day + ", " + weight + ", " + halvesAt + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && day == ((DayCloseness) other).day
                && weight == ((DayCloseness) other).weight
                && halvesAt == ((DayCloseness) other).halvesAt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), day, weight, halvesAt);
    }
}
