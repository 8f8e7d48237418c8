package org.nkrtimeline.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
                   coalesce(a.corrected_at, a.created_at) as last_changed,
                   array(select t.slug from article_topic at join topic t on t.id = at.topic_id
                         where at.article_id = a.id order by t.position) as topic_slugs,
                   array(select e.kind || ':' || ae.mention_count || ':' || e.slug
                         from article_entity ae join entity e on e.id = ae.entity_id
                         where ae.article_id = a.id order by e.slug) as entities,
                   (select r.event_id from event_report r where r.article_id = a.id) as event_id
            from public_article a
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    IndexOutbox(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Up to {@code limit} changes after {@code position}, in order, all final; or null when a
     * transaction is writing changes at this moment, and which of them will commit is not known yet
     * (then ask again).
     */
    List<Change> changesAfter(IndexPosition position, int limit) {
        return whileNoChangeIsWritten(connection -> {
            try (PreparedStatement changes = connection.prepareStatement(MARK + """
                    select seq, article_id from index_change where seq > ? order by seq limit ?""")) {
                changes.setLong(1, position.seq());
                changes.setInt(2, limit);
                List<Change> found = new ArrayList<>();
                try (ResultSet rows = changes.executeQuery()) {
                    while (rows.next()) {
                        found.add(new Change(
                                new IndexPosition(rows.getLong("seq")), rows.getObject("article_id", Long.class)));
                    }
                }
                return found;
            }
        });
    }

    /** What the outbox holds after an index's position, for the index to apply. */
    sealed interface Pending {
        /** A transaction is writing changes at this moment: ask again. */
        record Busy() implements Pending {}

        /** Nothing: the index is up to date. */
        record UpToDate() implements Pending {}

        /** A change of every article (the reindex command, a truncate): rebuild the index. */
        record RebuildAsked() implements Pending {}

        /**
         * @param articles the changed articles that readers may see, as they are now
         * @param removed  the changed articles that are gone, or hidden from readers
         * @param last     the position of the last change read
         */
        record Changes(List<IndexedArticle> articles, Set<Long> removed, IndexPosition last) implements Pending {}
    }

    /** Up to {@code limit} changes after {@code position}, with the articles they touched. */
    Pending pendingAfter(IndexPosition position, int limit) {
        List<Change> changes = changesAfter(position, limit);
        if (changes == null) {
            return new Pending.Busy();
        }
        if (changes.isEmpty()) {
            return new Pending.UpToDate();
        }
        if (changes.stream().anyMatch(change -> change.articleId() == null)) {
            return new Pending.RebuildAsked();
        }
        Set<Long> ids = changes.stream().map(Change::articleId).collect(Collectors.toCollection(LinkedHashSet::new));
        List<IndexedArticle> articles = articles(ids);
        Set<Long> removed = new LinkedHashSet<>(ids);
        articles.forEach(article -> removed.remove(article.id()));
        return new Pending.Changes(
                articles, removed, changes.get(changes.size() - 1).position());
    }

    /** The last change committed so far (one with an earlier position may still be being written). */
    long lastCommitted() {
        return jdbc.sql(MARK + "select coalesce(max(seq), 0) from index_change")
                .query(Long.class)
                .single();
    }

    /** The last change recorded, all up to it final; null when one is being written at this moment. */
    IndexPosition lastChange() {
        return whileNoChangeIsWritten(connection -> {
            try (Statement statement = connection.createStatement()) {
                return new IndexPosition(
                        Long.parseLong(single(statement, "select coalesce(max(seq), 0) from index_change")));
            }
        });
    }

    /**
     * Runs {@code work} in a transaction that holds the outbox's lock (V20) exclusively, so that no
     * transaction is writing changes meanwhile; returns null at once if one is. Each statement of
     * {@code work} sees everything committed before it (read committed).
     */
    private <T> T whileNoChangeIsWritten(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement();
                        ResultSet locked = statement.executeQuery(MARK + "select pg_try_advisory_xact_lock(7270517)")) {
                    if (!locked.next() || !locked.getBoolean(1)) {
                        return null;
                    }
                }
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new CannotGetJdbcConnectionException("Cannot read the changes for the read index", e);
        }
    }

    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
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
     * database taken after every change up to {@code from} was final ({@link #lastChange}), so the
     * snapshot holds all of them (later ones too, perhaps: reading them again is harmless).
     */
    <T> T everything(IndexPosition from, Function<Everything, T> work) {
        // A connection of its own in one repeatable-read transaction, so that every read sees one
        // snapshot; rows are fetched 500 at a time, since a rebuild reads the whole collection.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                long count = Long.parseLong(single(statement, "select count(*) from public_article"));
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery(ARTICLES)) {
                    T result = work.apply(new Everything(from, count, new Rows(rows)));
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
    record Origin(String id, IndexPosition pruned, IndexPosition last) {}

    Origin origin() {
        return jdbc.sql(MARK + """
                        select o.id::text as id, p.seq as pruned,
                               (select coalesce(max(seq), 0) from index_change) as last
                        from index_origin o cross join index_change_pruned p""")
                .query((rs, n) -> new Origin(
                        rs.getString("id"),
                        new IndexPosition(rs.getLong("pruned")),
                        new IndexPosition(Math.max(rs.getLong("pruned"), rs.getLong("last")))))
                .single();
    }

    /** Removes changes older than {@code days} days, and records the last one removed; 1 if any was, else 0. */
    int prune(int days) {
        return jdbc.sql(MARK + """
                        with gone as (
                            delete from index_change where changed_at < now() - make_interval(days => :days)
                            returning seq)
                        update index_change_pruned p set seq = (select max(seq) from gone)
                        where (select max(seq) from gone) > p.seq""").param("days", days).update();
    }

    /** Asks every instance to rebuild its index from the database: a change that names every article. */
    void requestRebuild() {
        jdbc.sql(MARK + "insert into index_change (article_id) values (null)").update();
    }

    private static IndexedArticle article(ResultSet rs) throws SQLException {
        List<IndexedArticle.EntityTag> entities = new ArrayList<>();
        for (String tag : RowValues.strings(rs.getArray("entities"))) {
            String[] parts = tag.split(":", 3);
            entities.add(
                    new IndexedArticle.EntityTag(EntityKind.valueOf(parts[0]), parts[2], Integer.parseInt(parts[1])));
        }
        return new IndexedArticle(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("lede"),
                rs.getString("body_text"),
                ArticleDates.fromRow(rs),
                rs.getTimestamp("last_changed").toInstant(),
                RowValues.strings(rs.getArray("topic_slugs")),
                entities,
                rs.getObject("event_id", Long.class));
    }
}
