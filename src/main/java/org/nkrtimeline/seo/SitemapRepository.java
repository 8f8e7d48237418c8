package org.nkrtimeline.seo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sitemaps list, one statement each. Articles are split into sitemaps by id range
 * ({@link #ARTICLES_PER_SITEMAP} ids each), so a sitemap is a keyset range on the primary key and
 * never holds more than the protocol's 50,000 URLs, however many articles there are. Hidden
 * articles are in none.
 */
@Repository
class SitemapRepository {

    /** The sitemaps protocol's limit of URLs per sitemap. */
    static final int ARTICLES_PER_SITEMAP = 50_000;

    /** Rows read from PostgreSQL at a time, so a sitemap is streamed, not held in memory. */
    private static final int FETCH_SIZE = 1_000;

    /** A page to list: its path and when it last changed (null when unknown). */
    record Url(String path, Instant lastModified) {
    }

    /** One of the numbered article sitemaps, with the last change of any article in it. */
    record Part(long number, Instant lastModified) {
    }

    /** The sitemap index: when the collection last changed, and the article sitemaps that are not empty. */
    record Index(Instant collectionChanged, List<Part> articleParts) {
    }

    private final JdbcTemplate jdbc;

    SitemapRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** When an article last changed: corrected, or else stored. */
    private static final String LAST_CHANGE = "coalesce(a.corrected_at, a.created_at)";

    Index index() {
        List<Part> rows = jdbc.query("""
                        select 0 as part, changed_at as last_modified from collection_version
                        union all
                        select (a.id - 1) / ? + 1, max(%s) from public_article a group by 1
                        order by 1""".formatted(LAST_CHANGE),
                (rs, n) -> new Part(rs.getLong("part"), instant(rs.getTimestamp("last_modified"))),
                ARTICLES_PER_SITEMAP);
        Instant changed = rows.isEmpty() || rows.get(0).number() != 0 ? null : rows.get(0).lastModified();
        return new Index(changed, rows.stream().filter(part -> part.number() > 0).toList());
    }

    /**
     * The visible articles of one numbered sitemap, in id order, handed to {@code sink} as they are
     * read; returns how many there were.
     */
    @Transactional(readOnly = true)
    long articles(long part, Consumer<Url> sink) {
        long first = (part - 1) * ARTICLES_PER_SITEMAP + 1;
        long[] count = {0};
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select a.slug, %s as last_modified from public_article a
                    where a.id between ? and ? order by a.id""".formatted(LAST_CHANGE));
            statement.setLong(1, first);
            statement.setLong(2, first + ARTICLES_PER_SITEMAP - 1);
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, rs -> {
            count[0]++;
            sink.accept(new Url("/articles/" + rs.getString("slug"), instant(rs.getTimestamp("last_modified"))));
        });
        return count[0];
    }

    /**
     * The site's own pages ({@code sitePaths}), which change whenever the collection does, then every
     * entity's page, with the last change of a visible article that mentions it (null when none does).
     */
    @Transactional(readOnly = true)
    void pages(List<String> sitePaths, Consumer<Url> sink) {
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    select null as slug, changed_at as last_modified from collection_version
                    union all
                    select e.slug, max(%s)
                    from entity e
                    left join article_entity ae on ae.entity_id = e.id
                    left join public_article a on a.id = ae.article_id
                    group by e.id, e.slug
                    order by slug nulls first""".formatted(LAST_CHANGE));
            statement.setFetchSize(FETCH_SIZE);
            return statement;
        }, rs -> {
            String slug = rs.getString("slug");
            Instant lastModified = instant(rs.getTimestamp("last_modified"));
            if (slug == null) {
                sitePaths.forEach(path -> sink.accept(new Url(path, lastModified)));
            } else {
                sink.accept(new Url("/entities/" + slug, lastModified));
            }
        });
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
