package org.nkrtimeline.editorial.edit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.ArticleNotFoundException;
import org.nkrtimeline.collection.CollectionChanged;
import org.nkrtimeline.collection.RowValues;
import org.nkrtimeline.collection.Slugs;
import org.nkrtimeline.entity.Gazetteer;
import org.nkrtimeline.entity.MentionedEntity;
import org.nkrtimeline.topic.TopicRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an editor's corrections to an article and records each in its history. A save is one
 * transaction, made against the version the form was opened at: if anyone saved the article since,
 * nothing is saved and the editor is told what changed ({@link EditConflictException}), so no
 * editor's change is ever silently overwritten.
 */
@Service
public class ArticleEditor {

    private static final String LIST_COLUMNS = """
            a.id, a.slug, a.headline, a.event_date, a.event_date_precision, a.event_date_estimated,
            a.event_date_note, a.event_date_source_url, a.published_date, a.published_date_note,
            a.event_scheduled, a.hidden, a.awaiting_review, a.created_at, a.corrected_at""";

    private final JdbcClient jdbc;
    private final FreeAddresses addresses;
    private final Gazetteer gazetteer;
    private final TopicRepository topics;
    private final ArticleChangeRepository changes;
    private final ApplicationEventPublisher events;

    ArticleEditor(
            JdbcClient jdbc,
            Gazetteer gazetteer,
            TopicRepository topics,
            ArticleChangeRepository changes,
            FreeAddresses addresses,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.gazetteer = gazetteer;
        this.topics = topics;
        this.changes = changes;
        this.events = events;
    }

    /** The article at {@code slug}, its current address or a former one. */
    @Transactional(readOnly = true)
    public EditableArticle load(String slug) {
        return find(slug, false).orElseThrow(() -> new ArticleNotFoundException(slug));
    }

    /**
     * Up to {@code limit} articles whose headline contains {@code query} (any case; all articles for an
     * empty query): those awaiting review first, then the others, each newest import first; starting
     * after the article {@code beforeId} when given.
     */
    @Transactional(readOnly = true)
    public List<EditorListEntry> list(String query, Long beforeId, int limit) {
        return jdbc.sql("""
                        select %s
                        from article a
                        where (:query = '' or strpos(lower(a.headline), lower(:query)) > 0)
                          and (cast(:before as bigint) is null
                               or exists (select 1 from article c
                                          where c.id = :before
                                            and (a.awaiting_review < c.awaiting_review
                                                 or (a.awaiting_review = c.awaiting_review and a.id < c.id))))
                        order by a.awaiting_review desc, a.id desc
                        limit :limit
                        """.formatted(LIST_COLUMNS))
                .param("query", query)
                .param("before", beforeId)
                .param("limit", limit)
                .query((rs, n) -> listEntry(rs))
                .list();
    }

    /** The newest {@code limit} articles awaiting review. */
    @Transactional(readOnly = true)
    public List<EditorListEntry> awaitingReview(int limit) {
        return jdbc.sql("""
                        select %s
                        from article a
                        where a.awaiting_review
                        order by a.id desc
                        limit ?
                        """.formatted(LIST_COLUMNS))
                .param(limit)
                .query((rs, n) -> listEntry(rs))
                .list();
    }

    /** How many articles await review: imported, and on no public page until an editor publishes them. */
    @Transactional(readOnly = true)
    public long countAwaitingReview() {
        return jdbc.sql("select count(*) from article where awaiting_review")
                .query(Long.class)
                .single();
    }

    private static EditorListEntry listEntry(ResultSet rs) throws SQLException {
        return new EditorListEntry(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("headline"),
                ArticleDates.fromRow(rs),
                rs.getBoolean("hidden"),
                rs.getBoolean("awaiting_review"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("corrected_at", OffsetDateTime.class));
    }

    /** Entity slugs and names, by name. */
    @Transactional(readOnly = true)
    public Map<String, String> entityNames() {
        return names("select slug, name from entity order by name");
    }

    /**
     * What a save did: the fields that changed (none when the form changed nothing: then nothing is
     * recorded), and the article's address after it.
     */
    public record Saved(List<ArticleField> changed, String slug) {

        public Saved {
            changed = List.copyOf(changed);
        }
    }

    /**
     * Saves the article's new metadata, source, entities and visibility, if it is still at {@code version},
     * and publishes it if it awaits review and {@code publish} says so. A field readers see that
     * changes on a published article is a correction ("Corrected on"); before its publication, no
     * reader saw the field, so nothing is corrected. Until then, too, the article's address follows
     * its headline (the save that publishes it included); after, it stays. A former address stays
     * the article's (V17's article_slug), and leads to it.
     *
     * @param slug the article's address, current or former
     * @throws EditConflictException when someone saved the article after the form was opened
     */
    @Transactional
    public Saved save(
            String slug,
            long version,
            ArticleMetadata metadata,
            ArticleSource source,
            Set<String> entities,
            boolean hidden,
            boolean publish,
            long editorId) {
        EditableArticle current = find(slug, true).orElseThrow(() -> new ArticleNotFoundException(slug));
        if (current.version() != version) {
            throw new EditConflictException(current, changes.findSince(current.id(), version));
        }
        Map<String, String> topicNames = topics.namesBySlug();
        Map<String, String> entityNames = entityNames();
        Map<ArticleField, String[]> changed = new LinkedHashMap<>();
        compare(changed, ArticleField.HEADLINE, current.headline(), metadata.headline());
        compare(changed, ArticleField.EVENT_DATE, DateText.event(current.dates()), DateText.event(metadata.dates()));
        compare(
                changed,
                ArticleField.PUBLISHED_DATE,
                DateText.published(current.dates()),
                DateText.published(metadata.dates()));
        compare(
                changed,
                ArticleField.SOURCE_NAME,
                ArticleSource.shown(current.source().name()),
                ArticleSource.shown(source.name()));
        compare(
                changed,
                ArticleField.SOURCE_URL,
                ArticleSource.shown(current.source().url()),
                ArticleSource.shown(source.url()));
        compare(
                changed,
                ArticleField.TOPICS,
                listed(current.topics(), topicNames),
                listed(metadata.topics(), topicNames));
        compare(
                changed,
                ArticleField.ENTITIES,
                listed(current.entities(), entityNames),
                listed(List.copyOf(entities), entityNames));
        compare(changed, ArticleField.HIDDEN, visibility(current.hidden()), visibility(hidden));
        boolean awaiting = current.awaitingReview() && !publish;
        String newSlug = current.slug();
        if (current.awaitingReview() && !current.headline().equals(metadata.headline())) {
            newSlug = addresses.free(Slugs.fromHeadline(metadata.headline(), current.slug()), current.id());
            compare(changed, ArticleField.ADDRESS, "/articles/" + current.slug(), "/articles/" + newSlug);
        }
        if (current.awaitingReview() && publish) {
            changed.put(ArticleField.PUBLISHED, new String[] {"awaiting review", "published"});
        }
        if (changed.isEmpty()) {
            return new Saved(List.of(), current.slug());
        }
        long newVersion = version + 1;
        boolean correction =
                !current.awaitingReview() && changed.keySet().stream().anyMatch(ArticleField::shownToReaders);
        ArticleDates dates = metadata.dates();
        jdbc.sql("""
                        update article
                        set slug = :slug, headline = :headline,
                            event_date = :eventDate, event_date_precision = :precision,
                            event_date_estimated = :estimated, event_date_note = :eventNote,
                            event_date_source_url = :sourceUrl, published_date = :publishedDate,
                            published_date_note = :publishedNote, event_scheduled = :scheduled,
                            source_name = :sourceName, source_url = :articleSourceUrl,
                            hidden = :hidden, awaiting_review = :awaiting,
                            version = :newVersion,
                            corrected_at = case when :correction then now() else corrected_at end
                        where id = :id
                        """)
                .param("slug", newSlug)
                .param("headline", metadata.headline())
                .param("eventDate", dates.eventDate())
                .param("precision", dates.eventPrecision().name())
                .param("estimated", dates.eventEstimated())
                .param("eventNote", dates.eventNote())
                .param("sourceUrl", dates.eventSourceUrl())
                .param("publishedDate", dates.publishedDate())
                .param("publishedNote", dates.publishedNote())
                .param("scheduled", dates.eventScheduled())
                .param("sourceName", source.name())
                .param("articleSourceUrl", source.url())
                .param("hidden", hidden)
                .param("awaiting", awaiting)
                .param("newVersion", newVersion)
                .param("correction", correction)
                .param("id", current.id())
                .update();
        if (changed.containsKey(ArticleField.TOPICS)) {
            replaceTopics(current.id(), metadata.topics());
        }
        if (changed.containsKey(ArticleField.ENTITIES)) {
            replaceEntities(current.id(), metadata.headline(), entities);
        }
        changed.forEach(
                (field, values) -> changes.record(current.id(), editorId, newVersion, field, values[0], values[1]));
        events.publishEvent(new CollectionChanged());
        return new Saved(List.copyOf(changed.keySet()), newSlug);
    }

    private Optional<EditableArticle> find(String slug, boolean forUpdate) {
        String sql = """
                select a.id, a.slug, a.headline, a.event_date, a.event_date_precision, a.event_date_estimated,
                       a.event_date_note, a.event_date_source_url, a.published_date, a.published_date_note,
                       a.event_scheduled, a.hidden, a.awaiting_review, a.version, a.source_file, a.created_at,
                       a.corrected_at, a.source_name, a.source_url,
                       array(select t.slug from article_topic at join topic t on t.id = at.topic_id
                             where at.article_id = a.id order by t.position) as topics,
                       array(select e.slug from article_entity ae join entity e on e.id = ae.entity_id
                             where ae.article_id = a.id order by e.name) as entities
                from article a
                where a.id = (select s.article_id from article_slug s where s.slug = ?)
                """ + (forUpdate ? " for update of a" : "");
        return jdbc.sql(sql)
                .param(slug)
                .query((rs, n) -> new EditableArticle(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("headline"),
                        ArticleDates.fromRow(rs),
                        new ArticleSource(rs.getString("source_name"), rs.getString("source_url")),
                        RowValues.strings(rs.getArray("topics")),
                        RowValues.strings(rs.getArray("entities")),
                        rs.getBoolean("hidden"),
                        rs.getBoolean("awaiting_review"),
                        rs.getLong("version"),
                        rs.getString("source_file"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("corrected_at", OffsetDateTime.class)))
                .optional();
    }

    private void replaceTopics(long articleId, List<String> topics) {
        jdbc.sql("delete from article_topic where article_id = ?")
                .param(articleId)
                .update();
        jdbc.sql("insert into article_topic (article_id, topic_id) select ?, id from topic where slug = any(?)")
                .param(articleId)
                .param(topics.toArray(String[]::new))
                .update();
    }

    /**
     * Keeps the entities the editor kept (with their counts), drops the others, and adds the chosen
     * ones with as many mentions as the recogniser finds in the text: none, when the text names the
     * entity in words the gazetteer does not know.
     */
    private void replaceEntities(long articleId, String headline, Set<String> entities) {
        String[] chosen = entities.toArray(String[]::new);
        jdbc.sql("""
                        delete from article_entity ae using entity e
                        where ae.entity_id = e.id and ae.article_id = ? and not e.slug = any(?)
                        """).param(articleId).param(chosen).update();
        Map<String, Integer> counts = mentionCounts(articleId, headline);
        for (String slug : entities) {
            int mentions = counts.getOrDefault(slug, 0);
            jdbc.sql("""
                            insert into article_entity (article_id, entity_id, mention_count)
                            select ?, id, ? from entity where slug = ?
                            on conflict (article_id, entity_id) do nothing
                            """).param(articleId).param(mentions).param(slug).update();
        }
    }

    /** How often the headline and body name each entity, by entity slug. */
    private Map<String, Integer> mentionCounts(long articleId, String headline) {
        String body = jdbc.sql("select body_text from article where id = ?")
                .param(articleId)
                .query(String.class)
                .single();
        return gazetteer.named(headline, Arrays.asList(body.split("\n"))).stream()
                .collect(Collectors.toMap(mentioned -> mentioned.entity().slug(), MentionedEntity::mentions));
    }

    private Map<String, String> names(String sql) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql(sql).query((ResultSet rs) -> {
            names.put(rs.getString("slug"), rs.getString("name"));
        });
        return names;
    }

    private static void compare(Map<ArticleField, String[]> changed, ArticleField field, String before, String after) {
        if (!before.equals(after)) {
            changed.put(field, new String[] {before, after});
        }
    }

    /** A set of slugs as names, in the order of {@code names}, for the history. */
    private static String listed(List<String> slugs, Map<String, String> names) {
        List<String> listed = new ArrayList<>();
        names.forEach((slug, name) -> {
            if (slugs.contains(slug)) {
                listed.add(name);
            }
        });
        return listed.isEmpty() ? "none" : String.join(", ", listed);
    }

    private static String visibility(boolean hidden) {
        return hidden ? "hidden from readers" : "shown to readers";
    }
}
