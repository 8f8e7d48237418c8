package org.nkrtimeline.cite;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nkrtimeline.collection.ArticleDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a citation needs of public articles: one statement for any number of them. */
@Repository
class CitationRepository {

    private final JdbcClient jdbc;

    CitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A public article's citation fields, in the order of {@code slugs}; an unknown or hidden one left out. */
    List<Row> bySlugs(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, Row> found = new HashMap<>();
        jdbc.sql("""
                        select a.slug, a.headline, a.source_name, a.event_date, a.event_date_precision,
                            a.event_date_estimated, a.event_date_note, a.event_date_source_url, a.published_date,
                            a.published_date_note, a.event_scheduled,
                            array(select t.name from article_topic at join topic t on t.id = at.topic_id
                                  where at.article_id = a.id order by t.position) as topics
                        from public_article a
                        where a.slug in (:slugs)
                        """).param("slugs", slugs).query(rs -> {
            found.put(
                    rs.getString("slug"),
                    new Row(
                            rs.getString("slug"),
                            rs.getString("headline"),
                            rs.getString("source_name"),
                            ArticleDates.fromRow(rs),
                            strings(rs.getArray("topics"))));
        });
        List<Row> rows = new ArrayList<>(found.size());
        for (String slug : slugs) {
            if (found.containsKey(slug)) {
                rows.add(found.get(slug));
            }
        }
        return rows;
    }

    /** @param publisher the source's name; null when the source file names none */
    record Row(String slug, String headline, String publisher, ArticleDates dates, List<String> topics) {

        CitedArticle cited(String site, String url, LocalDate accessed) {
            return new CitedArticle(slug, headline, publisher, site, url, dates, topics, accessed);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
