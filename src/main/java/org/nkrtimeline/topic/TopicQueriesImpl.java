package org.nkrtimeline.topic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nkrtimeline.index.Fields;
import org.nkrtimeline.index.ReadIndex;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link TopicQueries} in SQL; Spring Data finds it by its name and adds it to {@link TopicRepository}. */
class TopicQueriesImpl implements TopicQueries {

    private final JdbcClient jdbc;
    private final ReadIndex index;

    TopicQueriesImpl(JdbcClient jdbc, ReadIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** The topics from the database; how many articles readers may see have each, from the index pages read. */
    @Override
    public List<TopicSummary> findAllSummariesInOrder() {
        Map<String, Long> counts = index.reading(reading -> reading.allPerFacet(Fields.TOPIC));
        return jdbc.sql("select slug, name, description from topic order by position")
                .query((rs, n) -> new TopicSummary(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("description"),
                        counts.getOrDefault(rs.getString("slug"), 0L)))
                .list();
    }

    @Override
    public Map<String, String> namesBySlug() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select slug, name from topic order by position").query(rs -> {
            names.put(rs.getString("slug"), rs.getString("name"));
        });
        return names;
    }
}
