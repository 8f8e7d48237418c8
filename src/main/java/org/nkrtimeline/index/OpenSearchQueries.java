package org.nkrtimeline.index;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.PrefixCodedTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.nkrtimeline.collection.EntityKind;

/**
 * Says the timeline's Lucene queries and sorts ({@code timeline.TimelineQuery}, {@link SearchSyntax})
 * in OpenSearch's query language, so that the rules of what a reader's filter matches are written
 * once, whichever index runs them. The OpenSearch index holds the same words ({@link ArticleAnalyzer}'s,
 * rebuilt from OpenSearch's filters) and the same sort keys under the same names
 * ({@link IndexedArticle#sortKeys}); a few fields have names of their own ({@link #field}). Only the
 * kinds of query the timeline builds are said; any other is a programming error.
 */
final class OpenSearchQueries {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenSearchQueries() {}

    static ObjectNode query(Query query) {
        ObjectNode said = JSON.objectNode();
        if (query instanceof MatchAllDocsQuery) {
            said.putObject("match_all");
        } else if (query instanceof MatchNoDocsQuery) {
            said.putObject("match_none");
        } else if (query instanceof TermQuery term) {
            said.putObject("term").set(field(term.getTerm().field()), value(term.getTerm()));
        } else if (query instanceof TermInSetQuery terms) {
            ArrayNode values = null;
            PrefixCodedTerms.TermIterator each = terms.getTermData().iterator();
            for (BytesRef value = each.next(); value != null; value = each.next()) {
                if (values == null) {
                    values = said.putObject("terms").putArray(field(each.field()));
                }
                values.add(value.utf8ToString());
            }
            if (values == null) {
                said.putObject("match_none");
            }
        } else if (query instanceof PointRangeQuery range) {
            range(
                    said,
                    range.getField(),
                    LongPoint.decodeDimension(range.getLowerPoint(), 0),
                    LongPoint.decodeDimension(range.getUpperPoint(), 0));
        } else if (query instanceof ValueRange range) {
            range(said, range.field(), range.from(), range.to());
        } else if (query instanceof BodyLike like) {
            said.putObject("more_like_this")
                    .put("like", like.text())
                    .put("min_term_freq", 1)
                    .put("min_doc_freq", 1)
                    .put("max_query_terms", BodyLike.MAX_QUERY_TERMS)
                    // Lucene's MoreLikeThis asks for any of its words; OpenSearch's default, 30% of them.
                    .put("minimum_should_match", "0%")
                    .putArray("fields")
                    .add(Fields.BODY);
        } else if (query instanceof DayCloseness closeness) {
            said.putObject("distance_feature")
                    .put("field", OpenSearchIndex.DAY_TIME)
                    .put("origin", closeness.day() * OpenSearchIndex.MILLIS_PER_DAY)
                    .put("pivot", closeness.halvesAt() + "d")
                    .put("boost", closeness.weight());
        } else if (query instanceof PhraseQuery phrase) {
            phrase(said, phrase);
        } else if (query instanceof BoostQuery boost) {
            ObjectNode bool = said.putObject("bool");
            bool.putArray("must").add(query(boost.getQuery()));
            bool.put("boost", boost.getBoost());
        } else if (query instanceof ConstantScoreQuery constant) {
            said.putObject("constant_score").set("filter", query(constant.getQuery()));
        } else if (query instanceof BooleanQuery bool) {
            bool(said, bool);
        } else {
            throw new IllegalArgumentException(
                    "no OpenSearch query is said for " + query.getClass().getName());
        }
        return said;
    }

    private static void bool(ObjectNode said, BooleanQuery query) {
        ObjectNode bool = JSON.objectNode();
        boolean positive = false;
        for (BooleanClause clause : query.clauses()) {
            String occur = switch (clause.getOccur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            positive |= clause.getOccur() != BooleanClause.Occur.MUST_NOT;
            bool.withArray(occur).add(query(clause.getQuery()));
        }
        if (!positive) {
            // Lucene matches nothing with only clauses that exclude; OpenSearch would match the rest.
            said.putObject("match_none");
            return;
        }
        if (query.getMinimumNumberShouldMatch() > 0) {
            bool.put("minimum_should_match", query.getMinimumNumberShouldMatch());
        }
        said.set("bool", bool);
    }

    private static void range(ObjectNode said, String field, long from, long to) {
        said.putObject("range").putObject(field(field)).put("gte", from).put("lte", to);
    }

    /**
     * A phrase as spans, each word at its place: a word the analyser left out (a stop word) is a gap of
     * one, as in Lucene's phrase, which {@link SearchSyntax#phrase} built with the words' positions.
     */
    private static void phrase(ObjectNode said, PhraseQuery phrase) {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        ObjectNode near = said.putObject("span_near");
        ArrayNode clauses = near.putArray("clauses");
        String field = field(phrase.getField());
        for (int i = 0; i < terms.length; i++) {
            int gap = i == 0 ? 0 : positions[i] - positions[i - 1] - 1;
            if (gap > 0) {
                clauses.addObject().putObject("span_gap").put(field, gap);
            }
            clauses.addObject().putObject("span_term").put(field, terms[i].text());
        }
        near.put("slop", phrase.getSlop()).put("in_order", true);
    }

    /** A sort of the timeline's, in OpenSearch's words; the hits' sort values are its keys, in order. */
    static ArrayNode sort(Sort sort) {
        ArrayNode said = JSON.arrayNode();
        for (SortField field : sort.getSort()) {
            if (field.getType() == SortField.Type.SCORE) {
                // Lucene's order of scores is best first unless reversed.
                said.addObject().putObject("_score").put("order", field.getReverse() ? "asc" : "desc");
            } else if (field.getType() == SortField.Type.LONG) {
                said.addObject().putObject(field(field.getField())).put("order", field.getReverse() ? "desc" : "asc");
            } else {
                throw new IllegalArgumentException("no OpenSearch sort is said for " + field);
            }
        }
        return said;
    }

    /** A sort key from a hit of either index, as OpenSearch's {@code search_after} takes it. */
    static ArrayNode after(FieldDoc key) {
        ArrayNode values = JSON.arrayNode();
        for (Object value : key.fields) {
            if (value instanceof Float score) {
                values.add(score);
            } else {
                values.add((Long) value);
            }
        }
        return values;
    }

    /** The OpenSearch field of a field of the read index. */
    static String field(String field) {
        for (EntityKind kind : EntityKind.values()) {
            if (field.equals(Fields.entityDimension(kind))) {
                return OpenSearchIndex.kindField(kind);
            }
        }
        return switch (field) {
            case Fields.HEADLINE_TEXT -> "headline";
            case Fields.TOPIC -> "topics";
            case Fields.ENTITY -> "entities";
            case Fields.EVENT -> "event_id";
            default -> field;
        };
    }

    private static com.fasterxml.jackson.databind.JsonNode value(Term term) {
        if (term.field().equals(Fields.EVENT_ESTIMATED)) {
            return JSON.booleanNode(true);
        }
        return JSON.textNode(term.text());
    }
}
