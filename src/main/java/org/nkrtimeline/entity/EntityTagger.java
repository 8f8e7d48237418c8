package org.nkrtimeline.entity;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Records which known entities an article names, and how often, in {@code article_entity}. The
 * application runs it with its JdbcClient, in the caller's transaction; a Flyway migration (V9), which
 * is handed a plain JDBC connection, runs the same statements through the overloads that take one.
 */
public final class EntityTagger {

    private final EntityRecogniser recogniser;

    public EntityTagger(EntityRecogniser recogniser) {
        this.recogniser = recogniser;
    }

    /** A tagger that knows the gazetteer as the database holds it now. */
    public static EntityTagger fromDatabase(Connection connection) {
        return new EntityTagger(new EntityRecogniser(loadGazetteer(connection)));
    }

    public static List<GazetteerEntry> loadGazetteer(Connection connection) {
        return loadGazetteer(on(connection));
    }

    public static List<GazetteerEntry> loadGazetteer(JdbcClient jdbc) {
        return jdbc.sql("""
                        select e.id, e.slug, e.name, e.kind, e.description,
                               array_agg(a.alias order by a.alias) filter (where a.alias is not null) as aliases
                        from entity e
                        left join entity_alias a on a.entity_id = e.id
                        group by e.id
                        order by e.id
                        """).query((rs, n) -> GazetteerEntry.fromRow(rs)).list();
    }

    /**
     * How often the headline and body name each known entity. Each text is searched on its own, so a
     * name never runs from one block into the next.
     */
    public Map<GazetteerEntry, Integer> count(String headline, List<String> bodyTexts) {
        Map<GazetteerEntry, Integer> counts = new LinkedHashMap<>(recogniser.count(headline));
        for (String text : bodyTexts) {
            recogniser.count(text).forEach((entity, count) -> counts.merge(entity, count, Integer::sum));
        }
        return counts;
    }

    /**
     * Replaces the article's entity rows with those its headline and body name now ({@link #count}).
     */
    public Map<GazetteerEntry, Integer> tag(
            Connection connection, long articleId, String headline, List<String> bodyTexts) {
        return tag(on(connection), articleId, headline, bodyTexts);
    }

    /** The same, run with {@code jdbc}: in its caller's transaction, if there is one. */
    public Map<GazetteerEntry, Integer> tag(JdbcClient jdbc, long articleId, String headline, List<String> bodyTexts) {
        Map<GazetteerEntry, Integer> counts = count(headline, bodyTexts);
        replaceRows(jdbc, Map.of(articleId, counts));
        return counts;
    }

    /** An article's text as the tagger reads it. */
    public record Text(long articleId, String headline, List<String> bodyTexts) {}

    /**
     * {@link #tag} for many articles in the same two statements, so that tagging thousands of articles
     * again (a new entity) costs two statements per batch, not two per article.
     */
    public void tagAll(JdbcClient jdbc, List<Text> texts) {
        Map<Long, Map<GazetteerEntry, Integer>> counts = new LinkedHashMap<>();
        for (Text text : texts) {
            counts.put(text.articleId(), count(text.headline(), text.bodyTexts()));
        }
        replaceRows(jdbc, counts);
    }

    /** The articles' rows deleted, then the new ones inserted in one statement, as three arrays. */
    private static void replaceRows(JdbcClient jdbc, Map<Long, Map<GazetteerEntry, Integer>> countsByArticle) {
        if (countsByArticle.isEmpty()) {
            return;
        }
        List<Long> articleIds = new ArrayList<>();
        List<Long> entityIds = new ArrayList<>();
        List<Integer> mentionCounts = new ArrayList<>();
        countsByArticle.forEach((articleId, counts) -> counts.forEach((entity, mentions) -> {
            articleIds.add(articleId);
            entityIds.add(entity.id());
            mentionCounts.add(mentions);
        }));
        jdbc.sql("delete from article_entity where article_id = any(:articleIds)")
                .param("articleIds", countsByArticle.keySet().toArray(Long[]::new))
                .update();
        if (!articleIds.isEmpty()) {
            jdbc.sql("""
                            insert into article_entity (article_id, entity_id, mention_count)
                            select * from unnest(cast(:articleIds as bigint[]), cast(:entityIds as bigint[]),
                                                 cast(:mentionCounts as integer[]))
                            """)
                    .param("articleIds", articleIds.toArray(Long[]::new))
                    .param("entityIds", entityIds.toArray(Long[]::new))
                    .param("mentionCounts", mentionCounts.toArray(Integer[]::new))
                    .update();
        }
    }

    /** A client on a connection someone else owns: it neither closes nor commits it. */
    private static JdbcClient on(Connection connection) {
        return JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }
}
