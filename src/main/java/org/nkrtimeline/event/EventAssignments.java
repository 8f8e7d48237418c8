package org.nkrtimeline.event;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nkrtimeline.collection.CollectionChanged;
import org.nkrtimeline.collection.Slugs;
import org.nkrtimeline.event.EventProposer.Candidate;
import org.nkrtimeline.event.EventProposer.Rarity;
import org.nkrtimeline.event.EventProposer.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' side of events: what the proposer needs to know of an article and of the events it may
 * report, and the assignment of a report to an event, existing or new. Unlike {@link EventRepository},
 * it reads every article, not only public ones: an article awaiting review is exactly the one an
 * editor groups, and an event whose only report awaits review is still an event to join.
 */
@Repository
public class EventAssignments {

    /** The advisory lock's key while choosing a new event's address: "event" in ASCII. */
    static final long CHOOSING_AN_ADDRESS = 0x6576656e74L;

    /** What a new event is called in its address when its title makes no slug. */
    static final String FALLBACK_SLUG = "event";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher changes;

    EventAssignments(JdbcClient jdbc, ApplicationEventPublisher changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    /**
     * What the proposer weighs for an article, in three statements however large the collection: the
     * article itself, the rarity of every entity, and the candidate events.
     *
     * @param names  the entities' names by slug, to say what a proposal shares
     * @param events only the events whose reports share with the article an entity that carries weight
     *               (one not named by every article): an event sharing none scores nothing, so the
     *               proposer never has to score the whole list of events
     */
    public record Inputs(Subject article, Rarity rarity, List<Candidate> events, Map<String, String> names) {}

    /**
     * The proposer's inputs for the article. The rarity counts the public articles and the article
     * itself, as in the measurement on the seeds (each seed counted in the collection it was proposed
     * in), so an article awaiting review is weighed as if published.
     */
    @Transactional(readOnly = true)
    public Inputs inputs(long articleId) {
        Subject article = jdbc.sql("""
                        select a.published_date,
                            array(select e.slug from article_entity ae join entity e on e.id = ae.entity_id
                                  where ae.article_id = a.id) as entities
                        from article a where a.id = :article
                        """)
                .param("article", articleId)
                .query((rs, n) -> new Subject(
                        Set.of(strings(rs.getArray("entities"))), rs.getObject("published_date", LocalDate.class)))
                .single();
        Map<String, Long> naming = new HashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        long[] articles = {0};
        jdbc.sql("""
                        with collection as (
                            select id from public_article union select id from article where id = :article)
                        select e.slug, e.name, count(c.id) as naming, (select count(*) from collection) as articles
                        from entity e
                        left join article_entity ae on ae.entity_id = e.id
                        left join collection c on c.id = ae.article_id
                        group by e.slug, e.name
                        """).param("article", articleId).query(rs -> {
            naming.put(rs.getString("slug"), rs.getLong("naming"));
            names.put(rs.getString("slug"), rs.getString("name"));
            articles[0] = rs.getLong("articles");
        });
        List<Candidate> events = jdbc.sql("""
                        with collection as (
                            select id from public_article union select id from article where id = :article),
                        weighty as (
                            select ae.entity_id from article_entity ae
                            where ae.article_id = :article
                              and (select count(*) from article_entity n join collection c on c.id = n.article_id
                                   where n.entity_id = ae.entity_id) < (select count(*) from collection))
                        select e.slug, e.title,
                            array(select distinct n.slug from event_report r
                                  join article_entity ae on ae.article_id = r.article_id
                                  join entity n on n.id = ae.entity_id
                                  where r.event_id = e.id) as entities,
                            array(select a.published_date from event_report r join article a on a.id = r.article_id
                                  where r.event_id = e.id and a.published_date is not null
                                  order by a.published_date) as published
                        from event e
                        where exists (select 1 from event_report r
                                      join article_entity ae on ae.article_id = r.article_id
                                      where r.event_id = e.id and r.article_id <> :article
                                        and ae.entity_id in (select entity_id from weighty))
                        order by e.slug
                        """)
                .param("article", articleId)
                .query((rs, n) -> new Candidate(
                        rs.getString("slug"),
                        rs.getString("title"),
                        Set.of(strings(rs.getArray("entities"))),
                        dates(rs.getArray("published"))))
                .list();
        return new Inputs(article, new Rarity(articles[0], naming), events, names);
    }

    /**
     * The article's wording against events' reports, for {@link EventProposer#ranked}: its text is read
     * when first compared, and each comparison reads the reports of the events it is given in one
     * statement, every report (public or not, as the candidates are).
     */
    public EventProposer.Wording wording(long articleId) {
        return new EventProposer.Wording() {
            private Set<String> own;

            @Override
            public Map<String, Double> shares(List<Candidate> events) {
                if (own == null) {
                    own = WordTriples.of(bodyOf(articleId));
                }
                Map<String, Double> shares = new HashMap<>();
                jdbc.sql("""
                                select e.slug, a.body_text
                                from event e join event_report r on r.event_id = e.id
                                    join article a on a.id = r.article_id
                                where e.slug in (:slugs) and a.id <> :article
                                """)
                        .param("slugs", events.stream().map(Candidate::slug).toList())
                        .param("article", articleId)
                        .query(rs -> {
                            double share = WordTriples.shareOf(own, rs.getString("body_text"));
                            shares.merge(rs.getString("slug"), share, Math::max);
                        });
                return shares;
            }
        };
    }

    /** The article's text, for what it may copy. */
    @Transactional(readOnly = true)
    public String bodyOf(long articleId) {
        return jdbc.sql("select body_text from article where id = :article")
                .param("article", articleId)
                .query(String.class)
                .single();
    }

    /**
     * Records which report a rewrite was written from, when the original reports the same event;
     * nothing otherwise (a rewrite's original is always one of its event's reports).
     */
    @Transactional
    public void recordRewriteOf(long articleId, long originalId) {
        jdbc.sql("""
                        update event_report r set rewrite_of_article_id = :original
                        where r.article_id = :article and r.role = 'rewrite'
                          and exists (select 1 from event_report o
                                      where o.article_id = :original and o.event_id = r.event_id)
                        """).param("article", articleId).param("original", originalId).update();
    }

    /** The event the article reports, public or not, with its role. */
    @Transactional(readOnly = true)
    public Optional<EventLink> eventOf(long articleId) {
        return jdbc.sql("""
                        select e.slug, e.title, r.role
                        from event_report r join event e on e.id = r.event_id
                        where r.article_id = :article
                        """)
                .param("article", articleId)
                .query((rs, n) -> new EventLink(
                        rs.getString("slug"), rs.getString("title"), ReportRole.ofColumn(rs.getString("role"))))
                .optional();
    }

    /**
     * Makes the article a report of the event. The key of event_report refuses a second event for one
     * article whoever writes, two editors at once included; the refusal names the event it reports.
     *
     * @return the event, as the confirmation names it
     * @throws EventNotFoundException  when no event has the address
     * @throws AlreadyReportsException when the article already reports an event
     */
    @Transactional
    public EventLink assign(long articleId, String eventSlug, ReportRole role) {
        EventLink event = jdbc.sql("select slug, title from event where slug = :slug")
                .param("slug", eventSlug)
                .query((rs, n) -> new EventLink(rs.getString("slug"), rs.getString("title"), role))
                .optional()
                .orElseThrow(() -> new EventNotFoundException(eventSlug));
        insertReport(articleId, eventSlug, role);
        return event;
    }

    /**
     * A new event with the article as its first report, dated as the article dates its event (day,
     * precision, estimate and its reason, source), titled and summarised by the editor. Its address
     * comes from the title, numbered when taken ("…-2").
     *
     * @return the new event
     * @throws AlreadyReportsException when the article already reports an event: nothing is created
     */
    @Transactional
    public EventLink createWithReport(long articleId, String title, String summary) {
        String slug = freeSlug(title);
        jdbc.sql("""
                        insert into event (slug, title, summary, event_date, event_date_precision,
                            event_date_estimated, event_date_note, event_date_source_url)
                        select :slug, :title, :summary, a.event_date, a.event_date_precision,
                            a.event_date_estimated, a.event_date_note, a.event_date_source_url
                        from article a where a.id = :article
                        """)
                .param("slug", slug)
                .param("title", title)
                .param("summary", summary)
                .param("article", articleId)
                .update();
        insertReport(articleId, slug, ReportRole.FIRST_REPORT);
        return new EventLink(slug, title, ReportRole.FIRST_REPORT);
    }

    /**
     * A new event without reports, dated as the event {@code datesOfEventId} (day, precision, estimate
     * and its reason, source), titled and summarised by the editor; its address comes from the title.
     *
     * @return the new event's address
     */
    @Transactional
    String createDatedAs(long datesOfEventId, String title, String summary) {
        String slug = freeSlug(title);
        jdbc.sql("""
                        insert into event (slug, title, summary, event_date, event_end_date, event_date_precision,
                            event_date_estimated, event_date_note, event_date_source_url)
                        select :slug, :title, :summary, e.event_date, e.event_end_date, e.event_date_precision,
                            e.event_date_estimated, e.event_date_note, e.event_date_source_url
                        from event e where e.id = :dates
                        """)
                .param("slug", slug)
                .param("title", title)
                .param("summary", summary)
                .param("dates", datesOfEventId)
                .update();
        return slug;
    }

    /** Inserts the report, or refuses it (the transaction rolls back) when the article reports an event. */
    private void insertReport(long articleId, String eventSlug, ReportRole role) {
        // On conflict rather than catching the unique violation: a failed statement would end the
        // transaction before the refusal could say which event the article reports.
        int inserted = jdbc.sql("""
                        insert into event_report (article_id, event_id, role)
                        select :article, e.id, :role from event e where e.slug = :event
                        on conflict (article_id) do nothing
                        """)
                .param("article", articleId)
                .param("event", eventSlug)
                .param("role", role.column())
                .update();
        if (inserted == 0) {
            EventLink current = eventOf(articleId).orElseThrow();
            throw new AlreadyReportsException(current);
        }
        changes.publishEvent(new CollectionChanged());
    }

    /**
     * The title's address, or that address with the first free number appended ("…-2"), among the
     * events' addresses and those merged events left behind. Held until the transaction ends: two
     * editors naming events alike at once get two addresses.
     */
    private String freeSlug(String title) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", CHOOSING_AN_ADDRESS)
                .query()
                .singleRow();
        String slug = Slugs.fromHeadline(title, FALLBACK_SLUG);
        Set<String> taken = Set.copyOf(jdbc.sql("""
                        select slug from event where slug = :slug or slug like :numbered
                        union select slug from event_redirect where slug = :slug or slug like :numbered
                        """)
                .param("slug", slug)
                .param("numbered", slug + "-%")
                .query(String.class)
                .list());
        String candidate = slug;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        List<LocalDate> dates = new ArrayList<>();
        for (Date date : (Date[]) array.getArray()) {
            dates.add(date.toLocalDate());
        }
        return dates;
    }
}
