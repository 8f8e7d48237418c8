package org.nkrtimeline.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records which known entities an article names, and how often, in {@code article_entity}. It works
 * on a plain JDBC connection so that a Flyway migration can use it as well as the article import.
 */
public final class EntityTagger {

    private final EntityRecogniser recogniser;

    public EntityTagger(EntityRecogniser recogniser) {
        this.recogniser = recogniser;
    }

    /** A tagger that knows the gazetteer as the database holds it now. */
    public static EntityTagger fromDatabase(Connection connection) throws SQLException {
        return new EntityTagger(new EntityRecogniser(loadGazetteer(connection)));
    }

    public static List<GazetteerEntry> loadGazetteer(Connection connection) throws SQLException {
        String sql = """
                select e.id, e.slug, e.name, e.kind, e.description,
                       array_agg(a.alias order by a.alias) filter (where a.alias is not null) as aliases
                from entity e
                left join entity_alias a on a.entity_id = e.id
                group by e.id
                order by e.id
                """;
        List<GazetteerEntry> gazetteer = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                gazetteer.add(GazetteerEntry.fromRow(rows));
            }
        }
        return gazetteer;
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
    public Map<GazetteerEntry, Integer> tag(Connection connection, long articleId, String headline,
                                            List<String> bodyTexts) throws SQLException {
        Map<GazetteerEntry, Integer> counts = count(headline, bodyTexts);
        try (PreparedStatement delete = connection.prepareStatement("delete from article_entity where article_id = ?")) {
            delete.setLong(1, articleId);
            delete.executeUpdate();
        }
        String sql = "insert into article_entity (article_id, entity_id, mention_count) values (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Map.Entry<GazetteerEntry, Integer> count : counts.entrySet()) {
                insert.setLong(1, articleId);
                insert.setLong(2, count.getKey().id());
                insert.setInt(3, count.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return counts;
    }
}
