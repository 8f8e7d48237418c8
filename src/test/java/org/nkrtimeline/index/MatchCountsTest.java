package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.support.SeedArticles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counting the articles that do not match and subtracting them from the counts of every article gives
 * what counting the matches gives, for every count a page shows, with an article hidden (a deleted
 * document the view must not count).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchCountsTest {

    @Autowired
    ArticleIndex index;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void showAgain() {
        jdbc.sql("update article set hidden = false where slug = ?")
                .param(SeedArticles.D)
                .update();
        index.catchUp();
    }

    @Test
    void countingTheArticlesThatDoNotMatchGivesTheCountsOfTheMatches() {
        jdbc.sql("update article set hidden = true where slug = ?")
                .param(SeedArticles.D)
                .update();
        index.catchUp();

        index.read(reading -> {
            List<String> dimensions = new ArrayList<>(List.of(Fields.TOPIC, Fields.EVENT));
            for (EntityKind kind : EntityKind.values()) {
                dimensions.add(Fields.entityDimension(kind));
            }
            List<Query> queries =
                    new ArrayList<>(List.of(everything(), new TermQuery(new Term(Fields.BODY, "zeppelin"))));
            for (String topic : reading.allPerFacet(Fields.TOPIC).keySet()) {
                queries.add(new TermQuery(new Term(Fields.TOPIC, topic)));
                queries.add(new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(new TermQuery(new Term(Fields.TOPIC, topic)), Occur.MUST_NOT)
                        .build());
            }
            assertThat(reading.allPerFacet(Fields.TOPIC)).as("topics to count").hasSizeGreaterThan(2);

            for (Query query : queries) {
                FacetsCollector hits = reading.collect(query, new FacetsCollectorManager());
                long total = hits.getMatchingDocs().stream()
                        .mapToLong(docs -> docs.totalHits)
                        .sum();
                LuceneMatchCounts matches = new LuceneMatchCounts(total, hits, reading, false);
                LuceneMatchCounts others = new LuceneMatchCounts(total, hits, reading, true);
                for (String dimension : dimensions) {
                    assertThat(others.perFacet(dimension))
                            .as(query + " " + dimension)
                            .isEqualTo(matches.perFacet(dimension));
                    assertThat(others.top(dimension, 2))
                            .as(query + " top " + dimension)
                            .containsExactlyEntriesOf(matches.top(dimension, 2));
                    for (String label : reading.allPerFacet(dimension).keySet()) {
                        assertThat(others.count(dimension, label))
                                .as(query + " " + label)
                                .isEqualTo(matches.count(dimension, label));
                    }
                }
                assertThat(others.spread(Fields.EVENT)).as(query + " events").isEqualTo(matches.spread(Fields.EVENT));
                for (DateField field : DateField.values()) {
                    assertThat(others.perDay(field))
                            .as(query + " " + field)
                            .containsExactlyEntriesOf(matches.perDay(field));
                }
            }
            // What was compared is not empty: every visible article's topics, events and days.
            LuceneMatchCounts all = everyArticle(reading);
            assertThat(all.total()).isEqualTo(reading.articles());
            assertThat(all.perFacet(Fields.TOPIC)).isNotEmpty();
            assertThat(all.spread(Fields.EVENT).matches()).isPositive();
            assertThat(all.perDay(DateField.PUBLISHED)).isNotEmpty();
            return null;
        });
    }

    /** Every article, as a query facet counting cannot tell from any other (not the view's shortcut). */
    private static Query everything() {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.MUST)
                .build();
    }

    private static LuceneMatchCounts everyArticle(LuceneReading reading) {
        FacetsCollector hits = reading.collect(everything(), new FacetsCollectorManager());
        return new LuceneMatchCounts(reading.articles(), hits, reading, true);
    }
}
