package org.nkrtimeline.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts back the editorial state the migrations leave: the five seed articles only, no editors, no
 * history (of articles or events), the 84 seeded topic rules, the three seed events. Tests that
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

    public static void reset(JdbcClient jdbc) {
        jdbc.sql("delete from article where id > ?").param(SEED_ARTICLES).update();
        jdbc.sql("delete from event where id > ?").param(SEED_EVENTS).update();
        jdbc.sql("delete from article_change").update();
        jdbc.sql("delete from event_change").update();
        jdbc.sql("delete from event_redirect").update();
        jdbc.sql("delete from editor").update();
        jdbc.sql("delete from topic_rule where id > ?").param(SEED_RULES).update();
    }
}
