package org.nkrtimeline.index;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.collection.RowValues;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The index's SQL: the outbox of changes (V20) and the articles as the index holds them. Every
 * statement starts with the comment {@code /* read index *\/}, so that counts of a page's statements
 * can leave out the indexer's, which run on their own schedule.
 */
@Repository
class IndexOutbox {

    static final String MARK = "/* read index */ ";

    /** A change: its position, and the article it touched (null: every article). */
    record Change(IndexPosition position, Long articleId) {}

    private static final String ARTICLES = MARK + """
            select a.id, a.slug, a.headline, a.lede, a.body_text, a.event_date, a.event_date_precision,
                   a.event_date_estimated, a.event_date_note, a.event_date_source_url, a.published_date,
                   a.published_date_note, a.event_scheduled,
                   array(select t.slug from article_topic at join topic t on t.id = at.topic_id
                         where at.article_id = a.id order by t.position) as topic_slugs,
                   array(select e.kind || ':' || e.slug from article_entity ae join entity e on e.id = ae.entity_id
                         where ae.article_id = a.id order by e.slug) as entities
            from public_article a
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    IndexOutbox(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Up to {@code limit} changes after {@code position}, in order, of transactions older than any
     * still running: a change that is not yet visible can only come later than these.
     */
    List<Change> changesAfter(IndexPosition position, int limit) {
        return jdbc.sql(MARK + """
                        select c.txid::text as txid, c.seq, c.article_id from index_change c
                        where (c.txid, c.seq) > (cast(cast(:txid as text) as xid8), :seq)
                          and c.txid < pg_snapshot_xmin(pg_current_snapshot())
                        order by c.txid, c.seq
                        limit :limit""")
                .param("txid", position.txid())
                .param("seq", position.seq())
                .param("limit", limit)
                .query((rs, n) -> new Change(
                        new IndexPosition(Long.parseLong(rs.getString("txid")), rs.getLong("seq")),
                        rs.getObject("article_id", Long.class)))
                .list();
    }

    /** The articles among {@code ids} that readers may see; the others are not returned. */
    List<IndexedArticle> articles(Collection<Long> ids) {
        return jdbc.sql(ARTICLES + " where a.id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> article(rs))
                .list();
    }

    /**
     * Runs {@code work} on every article readers may see, streamed from one snapshot of the
     * database, with the position that snapshot is at: every change of a transaction older than the
     * snapshot's oldest running one is in it (later ones may be too; reading them again is harmless).
     */
    <T> T everything(Function<Everything, T> work) {
        // A connection of its own in one repeatable-read transaction, so that every read sees one
        // snapshot; rows are fetched 500 at a time, since a rebuild reads the whole collection.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                long horizon =
                        Long.parseLong(single(statement, "select pg_snapshot_xmin(pg_current_snapshot())::text"));
                long count = Long.parseLong(single(statement, "select count(*) from public_article"));
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery(ARTICLES)) {
                    // Below the horizon: (horizon, 0) comes before every change of the horizon's transaction.
                    T result = work.apply(new Everything(new IndexPosition(horizon, 0), count, new Rows(rows)));
                    connection.commit();
                    return result;
                }
            }
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot read the articles for the read index", e);
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(MARK + sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** The articles of a result set, read as they are asked for. */
    private static final class Rows implements Iterator<IndexedArticle> {

        private final ResultSet rows;
        private Boolean hasNext;

        Rows(ResultSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (hasNext == null) {
                try {
                    hasNext = rows.next();
                } catch (SQLException e) {
                    throw new CannotGetJdbcConnectionException("Cannot read the articles for the read index", e);
                }
            }
            return hasNext;
        }

        @Override
        public IndexedArticle next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            hasNext = null;
            try {
                return article(rows);
            } catch (SQLException e) {
                throw new CannotGetJdbcConnectionException("Cannot read the articles for the read index", e);
            }
        }
    }

    /** @param articles every article, each read from the database as it is asked for */
    record Everything(IndexPosition position, long count, Iterator<IndexedArticle> articles) {}

    /**
     * The database's identity and where its outbox ends: an index built from another database, or
     * ahead of this one's outbox (a database restored from a backup older than the index), is rebuilt.
     */
    record Origin(String id, IndexPosition pruned, long nextTransaction) {}

    Origin origin() {
        return jdbc.sql(MARK + """
                        select o.id::text as id, p.txid::text as pruned_txid, p.seq as pruned_seq,
                               pg_snapshot_xmax(pg_current_snapshot())::text as next_transaction
                        from index_origin o cross join index_change_pruned p""")
                .query((rs, n) -> new Origin(
                        rs.getString("id"),
                        new IndexPosition(Long.parseLong(rs.getString("pruned_txid")), rs.getLong("pruned_seq")),
                        Long.parseLong(rs.getString("next_transaction"))))
                .single();
    }

    /** Where the outbox starts: an index whose position is before it may have missed changes. */
    IndexPosition pruned() {
        return jdbc.sql(MARK + "select txid::text as txid, seq from index_change_pruned")
                .query((rs, n) -> new IndexPosition(Long.parseLong(rs.getString("txid")), rs.getLong("seq")))
                .single();
    }

    /** Removes changes older than {@code days} days, and records the last one removed. */
    int prune(int days) {
        return jdbc.sql(MARK + """
                        with gone as (
                            delete from index_change where changed_at < now() - make_interval(days => :days)
                            returning txid, seq),
                        last as (select txid, seq from gone order by txid desc, seq desc limit 1)
                        update index_change_pruned p set txid = last.txid, seq = last.seq
                        from last where (last.txid, last.seq) > (p.txid, p.seq)""").param("days", days).update();
    }

    /** Asks every instance to rebuild its index from the database: a change that names every article. */
    void requestRebuild() {
        jdbc.sql(MARK + "insert into index_change (article_id) values (null)").update();
    }

    private static IndexedArticle article(ResultSet rs) throws SQLException {
        List<IndexedArticle.EntityTag> entities = new ArrayList<>();
        for (String tag : RowValues.strings(rs.getArray("entities"))) {
            int colon = tag.indexOf(':');
            entities.add(new IndexedArticle.EntityTag(
                    EntityKind.valueOf(tag.substring(0, colon)), tag.substring(colon + 1)));
        }
        return new IndexedArticle(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("lede"),
                rs.getString("body_text"),
                ArticleDates.fromRow(rs),
                RowValues.strings(rs.getArray("topic_slugs")),
                entities);
    }
}
