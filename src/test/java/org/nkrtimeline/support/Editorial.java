package org.nkrtimeline.support;

import java.util.List;
import org.nkrtimeline.entity.EntityRecogniser;
import org.nkrtimeline.entity.EntityTagger;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts back the editorial state the migrations leave: the five seed articles only, no editors, no
 * history (of articles or events), the 84 seeded topic rules, the three seed events, the gazetteer
 * without what editors added (and the seed articles tagged by it alone). Tests that
 * import, edit or make accounts call it after each test, since every test of a run shares one
 * database.
 */
public final class Editorial {

    /** The seed articles (V3): ids 1 to 5, so whatever a test adds comes after them. */
    public static final int SEED_ARTICLES = 5;

    /** The seed events (V21_1): ids 1 to 3. */
    public static final int SEED_EVENTS = 3;

    /** The topic rules V11 seeds: ids 1 to 84. */
    public static final int SEED_RULES = 84;

    private Editorial() {}

    private static final String GAZETTEER_CHANGED = """
            select exists (select 1 from entity_alias where added_by is not null)
                or exists (select 1 from entity where added_by is not null)""";

    /** The seed articles tagged again with the gazetteer as it is now. */
    private static void retagSeeds(JdbcClient jdbc) {
        EntityTagger tagger = new EntityTagger(new EntityRecogniser(EntityTagger.loadGazetteer(jdbc)));
        jdbc.sql("select id, headline, body_text from article where id <= ?")
                .param(SEED_ARTICLES)
                .query((RowCallbackHandler) rs -> tagger.tag(
                        jdbc,
                        rs.getLong("id"),
                        rs.getString("headline"),
                        List.of(rs.getString("body_text").split("\n"))));
    }

    public static void reset(JdbcClient jdbc) {
        jdbc.sql("delete from article where id > ?").param(SEED_ARTICLES).update();
        jdbc.sql("delete from event where id > ?").param(SEED_EVENTS).update();
        jdbc.sql("delete from article_change").update();
        jdbc.sql("delete from event_change").update();
        jdbc.sql("delete from event_redirect").update();
        boolean gazetteerChanged =
                jdbc.sql(GAZETTEER_CHANGED).query(Boolean.class).single();
        if (gazetteerChanged) {
            jdbc.sql("delete from entity_alias where added_by is not null").update();
            jdbc.sql("delete from entity where added_by is not null").update();
            retagSeeds(jdbc);
        }
        jdbc.sql("delete from editor").update();
        jdbc.sql("delete from topic_rule where id > ?").param(SEED_RULES).update();
    }
}
