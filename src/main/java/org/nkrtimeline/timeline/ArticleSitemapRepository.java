package org.nkrtimeline.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public articles as the sitemaps list them (package seo writes the XML): each with when it last
 * changed, in parts of consecutive ids, so that a part is a keyset range on the primary key and holds
 * at most as many articles as it has ids, however many there are. One statement per sitemap.
 *
 * <p>Here and not in the article package: this package owns the queries over the collection's public
 * articles (the timeline's pages and counts, the feed's and files' rows), and a sitemap is one more
 * listing of them; the article package reads one article at a time.
 */
@Repository
public class ArticleSitemapRepository {

    /** Rows read from PostgreSQL at a time, so a part is streamed, not held in memory. */
    private static final int FETCH_SIZE = 1_000;

    /** When an article last changed: corrected, or else stored. */
    private static final String LAST_CHANGE = "coalesce(a.corrected_at, a.created_at)";

    /** A public article's slug and when it last changed. */
    public record ArticleChange(String slug, Instant lastChanged) {}

    /** A part, numbered from 1, with the last change of any article in it. */
    public record Part(long number, Instant lastChanged) {}

    /**
     * @param collectionChanged when anything readers see last changed (V13's collection version)
     * @param parts             the parts that hold a public article, in order
     */
    public record Parts(Instant collectionChanged, List<Part> parts) {}

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    ArticleSitemapRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        // Spring 6.2's JdbcClient sets no fetch size per statement (StatementSpec.withFetchSize came with
        // 7.0): the streaming client runs on a template of its own that has one.
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(fetching);
    }

    /** The parts of {@code idsPerPart} ids that hold a public article, and when the collection last changed. */
    public Parts parts(int idsPerPart) {
        List<Part> rows = jdbc.sql("""
                        select 0 as part, changed_at as last_modified from collection_version
                        union all
                        select (a.id - 1) / :idsPerPart + 1, max(%s) from public_article a group by 1
                        order by 1""".formatted(LAST_CHANGE))
                .param("idsPerPart", idsPerPart)
                .query((rs, n) -> new Part(rs.getLong("part"), instant(rs.getTimestamp("last_modified"))))
                .list();
        Instant changed =
                rows.isEmpty() || rows.get(0).number() != 0 ? null : rows.get(0).lastChanged();
        return new Parts(
                changed, rows.stream().filter(part -> part.number() > 0).toList());
    }

    /**
     * The public articles of part {@code number} (of {@code idsPerPart} ids), in id order, handed to
     * {@code sink} as they are read; returns how many there were. In a transaction because PostgreSQL's
     * driver reads a result in chunks of the fetch size only inside one.
     */
    @Transactional(readOnly = true)
    public long forEachArticle(long number, int idsPerPart, Consumer<ArticleChange> sink) {
        long first = (number - 1) * idsPerPart + 1;
        long[] count = {0};
        streaming
                .sql("""
                        select a.slug, %s as last_modified from public_article a
                        where a.id between :first and :last order by a.id""".formatted(LAST_CHANGE))
                .param("first", first)
                .param("last", first + idsPerPart - 1)
                .query(rs -> {
                    count[0]++;
                    sink.accept(new ArticleChange(rs.getString("slug"), instant(rs.getTimestamp("last_modified"))));
                });
        return count[0];
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
