package org.nkrtimeline.event;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nkrtimeline.collection.ArticleDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries about events. Reports are read from public_article, never from article: a hidden
 * article, or one awaiting review, is no event's report on a public page.
 */
@Repository
public class EventRepository {

    private final JdbcClient jdbc;

    EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Event> findBySlug(String slug) {
        return jdbc.sql("""
                        select id, slug, title, event_date, event_end_date, event_date_precision,
                            event_date_estimated, event_date_note, event_date_source_url, summary, corrected_at
                        from event where slug = :slug
                        """).param("slug", slug).query((rs, n) -> event(rs)).optional();
    }

    /** The address of the event that an event of this address was merged into, if one was (V27). */
    public Optional<String> findMergedInto(String slug) {
        return jdbc.sql("""
                        select e.slug from event_redirect r join event e on e.id = r.event_id
                        where r.slug = :slug
                        """).param("slug", slug).query(String.class).optional();
    }

    /** The events of {@code ids} that exist, by id: one statement. */
    public Map<Long, Event> findByIds(Collection<Long> ids) {
        Map<Long, Event> found = new HashMap<>();
        jdbc.sql("""
                        select id, slug, title, event_date, event_end_date, event_date_precision,
                            event_date_estimated, event_date_note, event_date_source_url, summary, corrected_at
                        from event where id = any(:ids)
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> event(rs))
                .list()
                .forEach(event -> found.put(event.id(), event));
        return found;
    }

    /**
     * The event's public reports in publication order, undated ones last, each with its entities'
     * mention counts: one statement, however many reports. Reports of one day come in the order of
     * what they tell (their own event dates), then by headline.
     */
    public List<EventReport> findPublicReports(long eventId) {
        return jdbc.sql("""
                        select a.id, a.slug, a.headline, a.body_text, r.role,
                            a.event_date, a.event_date_precision, a.event_date_estimated, a.event_date_note,
                            a.event_date_source_url, a.published_date, a.published_date_note, a.event_scheduled,
                            array(select ae.entity_id from article_entity ae
                                  where ae.article_id = a.id order by ae.entity_id) as entity_ids,
                            array(select ae.mention_count from article_entity ae
                                  where ae.article_id = a.id order by ae.entity_id) as mention_counts
                        from event_report r
                        join public_article a on a.id = r.article_id
                        where r.event_id = :event
                        order by a.published_date nulls last, a.event_date nulls last, a.headline, a.id
                        """)
                .param("event", eventId)
                .query((rs, n) -> new EventReport(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("headline"),
                        ArticleDates.fromRow(rs),
                        ReportRole.ofColumn(rs.getString("role")),
                        rs.getString("body_text"),
                        mentionCounts(rs.getArray("entity_ids"), rs.getArray("mention_counts"))))
                .list();
    }

    /** The topics of the event's public reports, in the taxonomy's order. */
    public List<EventTopic> findTopics(long eventId) {
        return jdbc.sql("""
                        select distinct t.slug, t.name, t.position
                        from event_report r
                        join public_article a on a.id = r.article_id
                        join article_topic at on at.article_id = a.id
                        join topic t on t.id = at.topic_id
                        where r.event_id = :event
                        order by t.position
                        """)
                .param("event", eventId)
                .query((rs, n) -> new EventTopic(rs.getString("slug"), rs.getString("name")))
                .list();
    }

    /**
     * Up to {@code limit} events readers may see (with a public report), in the order of their first
     * day, the undated last, each with its number of public reports; after the event {@code afterId}
     * when given (a keyset page). One statement.
     */
    public List<EventSummary> findPublicEvents(Long afterId, int limit) {
        return jdbc.sql("""
                        with listed as (
                            select e.*, count(*) as reports
                            from event e
                            join event_report r on r.event_id = e.id
                            join public_article a on a.id = r.article_id
                            group by e.id)
                        select id, slug, title, event_date, event_end_date, event_date_precision,
                            event_date_estimated, event_date_note, event_date_source_url, summary, corrected_at,
                            reports
                        from listed
                        where :after::bigint is null
                           or (coalesce(event_date, 'infinity'::date), id)
                              > (select coalesce(event_date, 'infinity'::date), id from event where id = :after)
                        order by coalesce(event_date, 'infinity'::date), id
                        limit :limit
                        """)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> new EventSummary(event(rs), rs.getInt("reports")))
                .list();
    }

    /**
     * An entity named in fewer articles than this has its latest events found from its articles;
     * one named in more, by walking the events newest first until enough name it (V24's index).
     * Measured at 100,000 articles: from the articles 19 ms for an entity in 300 of them, 153 ms for
     * Putin in 82,000; walking the events 53 ms and 13 ms.
     */
    static final long FEW_ARTICLES = 2_000;

    /**
     * The latest {@code limit} events readers may see whose public reports name the entity
     * {@code entityId} (the undated last), each with its number of public reports, and whether there
     * are more; {@code articles} is how many public articles name the entity, which decides how to
     * find them (see {@link #FEW_ARTICLES}). One statement. How many events there are in all is not
     * counted: for an entity named in most articles that alone cost 160 ms at 100,000 articles.
     *
     * <p>The entity's id and the limit are written into the statement, not bound: with them bound,
     * PostgreSQL's generic plan for the prepared statement, used after a few executions, walked the
     * events for Pyongyang in 466 ms where the plan for the known entity takes 12 ms. Both are numbers
     * of ours, never a reader's text.
     */
    public EventsNaming findPublicEventsNaming(long entityId, long articles, int limit) {
        String naming = articles < FEW_ARTICLES ? """
                        e.id in (select r.event_id from article_entity ae
                                 join event_report r on r.article_id = ae.article_id
                                 join public_article a on a.id = r.article_id
                                 where ae.entity_id = %d)""" : """
                        exists (select from event_report r
                                join public_article a on a.id = r.article_id
                                join article_entity ae on ae.article_id = r.article_id
                                where r.event_id = e.id and ae.entity_id = %d)""";
        List<EventSummary> events = jdbc.sql("""
                        select e.id, e.slug, e.title, e.event_date, e.event_end_date, e.event_date_precision,
                            e.event_date_estimated, e.event_date_note, e.event_date_source_url, e.summary,
                            e.corrected_at,
                            (select count(*) from event_report r join public_article a on a.id = r.article_id
                             where r.event_id = e.id) as reports
                        from event e
                        where %s
                        order by e.event_date desc nulls last, e.id desc
                        limit %d
                        """.formatted(naming.formatted(entityId), limit + 1))
                .query((rs, n) -> new EventSummary(event(rs), rs.getInt("reports")))
                .list();
        return new EventsNaming(events.subList(0, Math.min(limit, events.size())), events.size() > limit);
    }

    /** An event page for the sitemaps: its slug, and when it or any of its public reports last changed. */
    public record PageChange(String slug, Instant lastChanged) {}

    /** A part of the events' sitemaps, numbered from 1, with the last change of any event page in it. */
    public record SitemapPart(long number, Instant lastChanged) {}

    /** When the event, or one of its public reports, last changed: what its page shows. */
    private static final String PAGE_LAST_CHANGE = """
            greatest(coalesce(e.corrected_at, e.created_at), max(coalesce(a.corrected_at, a.created_at)))""";

    /**
     * The parts of {@code idsPerPart} event ids that hold an event readers may see, in order: a part is
     * a keyset range on the primary key, so it holds at most that many events however many there are.
     */
    public List<SitemapPart> findSitemapParts(int idsPerPart) {
        return jdbc.sql("""
                        select (id - 1) / :idsPerPart + 1 as part, max(last_changed) as last_changed
                        from (select e.id, %s as last_changed
                              from event e
                              join event_report r on r.event_id = e.id
                              join public_article a on a.id = r.article_id
                              group by e.id) pages
                        group by 1 order by 1""".formatted(PAGE_LAST_CHANGE))
                .param("idsPerPart", idsPerPart)
                .query((rs, n) -> new SitemapPart(
                        rs.getLong("part"), rs.getTimestamp("last_changed").toInstant()))
                .list();
    }

    /** The event pages of part {@code number} (of {@code idsPerPart} ids), in id order. */
    public List<PageChange> findSitemapPart(long number, int idsPerPart) {
        long first = (number - 1) * idsPerPart + 1;
        return jdbc.sql("""
                        select e.slug, %s as last_changed
                        from event e
                        join event_report r on r.event_id = e.id
                        join public_article a on a.id = r.article_id
                        where e.id between :first and :last
                        group by e.id order by e.id""".formatted(PAGE_LAST_CHANGE))
                .param("first", first)
                .param("last", first + idsPerPart - 1)
                .query((rs, n) -> new PageChange(
                        rs.getString("slug"), rs.getTimestamp("last_changed").toInstant()))
                .list();
    }

    /** The event an article reports, if readers may see the event: if it has a public report. */
    public Optional<EventLink> findPublicEventOf(long articleId) {
        return jdbc.sql("""
                        select e.slug, e.title, r.role
                        from event_report r
                        join event e on e.id = r.event_id
                        where r.article_id = :article
                          and exists (select 1 from event_report p join public_article a on a.id = p.article_id
                                      where p.event_id = e.id)
                        """)
                .param("article", articleId)
                .query((rs, n) -> new EventLink(
                        rs.getString("slug"), rs.getString("title"), ReportRole.ofColumn(rs.getString("role"))))
                .optional();
    }

    private static Map<Long, Integer> mentionCounts(Array entityIds, Array counts) throws SQLException {
        Long[] ids = (Long[]) entityIds.getArray();
        Integer[] mentions = (Integer[]) counts.getArray();
        Map<Long, Integer> byEntity = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            byEntity.put(ids[i], mentions[i]);
        }
        return byEntity;
    }

    private static Event event(ResultSet rs) throws SQLException {
        Timestamp corrected = rs.getTimestamp("corrected_at");
        return new Event(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("title"),
                EventDates.fromRow(rs),
                rs.getString("summary"),
                corrected == null ? null : corrected.toInstant());
    }
}
