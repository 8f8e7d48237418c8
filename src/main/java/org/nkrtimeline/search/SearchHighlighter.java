package org.nkrtimeline.search;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Marks a search's matches in texts with PostgreSQL's own parser and stemmer, so the page highlights
 * exactly the words the search matched ("drones" for "drone"), never a guess made in Java.
 */
@Repository
public class SearchHighlighter {

    private final JdbcClient jdbc;

    SearchHighlighter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each text with every match of the web-search query marked, in the order given. One statement. */
    public List<Highlighted> highlightAll(String query, List<String> texts) {
        String sql = """
                select ts_headline('english_unaccent', t.text, websearch_to_tsquery('english_unaccent', :query), :options)
                from unnest(cast(:texts as text[])) with ordinality as t(text, position)
                order by t.position
                """;
        return jdbc.sql(sql)
                .param("query", query)
                .param("options", Highlights.ALL_OPTIONS)
                .param("texts", texts.toArray(String[]::new))
                .query((rs, n) -> Highlights.parse(rs.getString(1)))
                .list();
    }
}
