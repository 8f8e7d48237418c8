package org.nkrtimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nkrtimeline.index.ArticleIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read index finds what the database's search found, for every search of the search tests and
 * more: the same articles as {@code websearch_to_tsquery('english_unaccent', …)} over the stored
 * search vector (V6), which PostgreSQL still keeps as the reference. Where they may differ is written
 * in docs/search.md; none of these does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchParityTest {

    @Autowired
    TimelineRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleIndex index;

    /** The same articles on both sides: whatever another test changed by SQL is in the index too. */
    @BeforeEach
    void indexUpToDate() {
        index.catchUp();
    }

    /** The searches of the search tests, each a kind of input (OpenSearchReadsTest runs them too). */
    static final List<String> SEARCHES = List.of(
            "drone",
            "drones",
            "condolence",
            "ammunition",
            "shoigu",
            "SHOÏGU",
            "Vóstochny",
            "kim",
            "kim or putin",
            "glove or condolence",
            "shoigu -lavrov",
            "\"mutual defense\"",
            "\"defense mutual\"",
            "\"glory to russia\"",
            "\"vostochny ( !! :* & | <-> ')",
            "- or \" '",
            "the and of",
            "zeppelin",
            "shells",
            "Kim Jong Un",
            "putin's",
            "fur hat -drones",
            "\"kim jong un\" or shoigu",
            "russia ukraine war",
            "sanctions",
            "moscow concert hall attack");

    static List<String> searches() {
        return SEARCHES;
    }

    @ParameterizedTest
    @MethodSource("searches")
    void theIndexFindsWhatTheDatabasesSearchFound(String query) {
        TimelineFilter filter = new TimelineFilter(Axis.EVENT, null, null, SortOrder.ASC, List.of(), query, List.of())
                .withView(TimelineView.ARTICLES);
        Set<String> fromIndex = repository.findEntries(filter, TimelineCursor.FIRST_PAGE, 50).stream()
                .map(TimelineRepository.EntryRow::slug)
                .collect(Collectors.toSet());
        String databaseSearch = "select slug from public_article"
                + " where search_vector @@ websearch_to_tsquery('english_unaccent', :query)";
        Set<String> fromDatabase = Set.copyOf(jdbc.sql(databaseSearch)
                .param("query", query)
                .query(String.class)
                .list());

        assertThat(fromIndex).as(query).isEqualTo(fromDatabase);
    }
}
