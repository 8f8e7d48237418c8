package org.nkrtimeline.topic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link TopicQueries} in SQL; Spring Data finds it by its name and adds it to {@link TopicRepository}. */
class TopicQueriesImpl implements TopicQueries {

    private final JdbcClient jdbc;

    TopicQueriesImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TopicSummary> findAllSummariesInOrder() {
        return jdbc.sql("""
                        select t.slug, t.name, t.description, count(a.id) as article_count
                        from topic t
                        left join article_topic at on at.topic_id = t.id
                        left join public_article a on a.id = at.article_id
                        group by t.id
                        order by t.position
                        """)
                .query((rs, n) -> new TopicSummary(
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getLong("article_count")))
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
