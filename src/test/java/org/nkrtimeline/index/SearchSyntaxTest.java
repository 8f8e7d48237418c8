package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Any text is a search: Lucene's own syntax means nothing in it, and nothing in it is an error. */
class SearchSyntaxTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title:kim AND (putin OR",
                "kim^2 putin~ \"visit",
                "*:* +-!&&||{}[]\\\\/",
                "\"\"\"",
                "-",
                "- -",
                "or or or",
                "kim -",
                "\u0000\uFFFF\uD800",
                "/regex.*/"
            })
    void luceneSyntaxIsSearchedAsWords(String input) {
        SearchSyntax.Search search = SearchSyntax.parse(input, ANALYZER);

        Set<String> fields = new HashSet<>();
        search.matching().visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        assertThat(fields).isSubsetOf(Fields.BODY, Fields.HEADLINE_TEXT);
        assertThat(search.matching().toString()).doesNotContain("*:*");
    }

    @Test
    void aTenKilobyteSearchIsASearch() throws IOException {
        String input = "kim putin \"fur hat\" -drones or ".repeat(350);

        assertThat(input.length()).isGreaterThan(10_000);
        SearchSyntax.Search search = SearchSyntax.parse(input, ANALYZER);
        assertThat(search.hasNoWords()).isFalse();
        // Within Lucene's limit on a query's clauses, so it runs.
        IndexSearcher searcher = new IndexSearcher(new MultiReader());
        assertThat(searcher.rewrite(search.matching())).isNotNull();
    }

    @Test
    void onlyStopWordsAndPunctuationHaveNoWordsAndMatchNothing() {
        SearchSyntax.Search search = SearchSyntax.parse("the and of !!! ...", ANALYZER);

        assertThat(search.hasNoWords()).isTrue();
        assertThat(search.matching()).isInstanceOf(MatchNoDocsQuery.class);
    }

    @Test
    void wordsAreStemmedAndFoldedAsTheDatabaseDid() {
        assertThat(SearchSyntax.parse("Drones Pyongyang's CAFÉ", ANALYZER)
                        .matching()
                        .toString())
                .contains("(body:drone headline_text:drone)")
                .contains("(body:pyongyang headline_text:pyongyang)")
                .contains("(body:cafe headline_text:cafe)");
    }

    @Test
    void aQuotedPhraseIsAPhraseAndOrJoinsItsNeighbours() {
        String query = SearchSyntax.parse("\"fur hat\" kim or putin -drones", ANALYZER)
                .matching()
                .toString();

        assertThat(query)
                .contains("+(body:\"fur hat\" headline_text:\"fur hat\")")
                .contains("+((body:kim headline_text:kim) (body:putin headline_text:putin))")
                .contains("-(body:drone headline_text:drone)");
    }
}
