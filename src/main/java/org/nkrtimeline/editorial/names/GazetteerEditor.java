package org.nkrtimeline.editorial.names;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.nkrtimeline.collection.CollectionChanged;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.collection.Slugs;
import org.nkrtimeline.entity.EntityRecogniser;
import org.nkrtimeline.entity.EntityTagger;
import org.nkrtimeline.entity.Script;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gazetteer's changes by editors: a new entity, a spelling confirmed or removed. Each one tags again
 * the articles whose text may name the spelling, so that the entity's page, the facets and the search
 * see it at once: the candidates are found with the full-text index (the spelling's words as a phrase of
 * prefixes, so that "Путина" and "김정은은" are found for Путин and 김정은), and each is read again by the
 * recogniser with the gazetteer as this transaction sees it. An article whose entities an editor set
 * by hand keeps them: the editor's choice stands over the recogniser's (they are counted, not changed).
 */
@Service
public class GazetteerEditor {

    /** Articles read again at a time: their bodies are never all in memory at once. */
    static final int BATCH = 500;

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACED_WORDS = Pattern.compile("[\\p{L}\\p{N}]+( [\\p{L}\\p{N}]+)*");

    /** An entity as the editors' list shows it. */
    record Listed(String slug, String name, EntityKind kind, int spellings) {}

    /** A spelling of an entity's name; who added it and when are null for the migrations' ones. */
    record Spelling(
            String text, Script script, boolean variant, String source, String addedBy, OffsetDateTime addedAt) {}

    /** An entity with its spellings, its name first, then the English ones, then by script. */
    record Names(long id, String slug, String name, EntityKind kind, String description, List<Spelling> spellings) {

        List<String> texts() {
            return spellings.stream().map(Spelling::text).toList();
        }
    }

    /** What tagging again did: articles whose entities changed or stayed, and those an editor had set by hand. */
    record Retagged(int read, int setByHand) {}

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    GazetteerEditor(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    List<Listed> list() {
        return jdbc.sql("""
                        select e.slug, e.name, e.kind,
                               (select count(*) from entity_alias a where a.entity_id = e.id) as spellings
                        from entity e
                        order by e.name
                        """)
                .query((rs, n) -> new Listed(
                        rs.getString("slug"),
                        rs.getString("name"),
                        EntityKind.valueOf(rs.getString("kind")),
                        rs.getInt("spellings")))
                .list();
    }

    Optional<Names> find(String slug) {
        return jdbc.sql("select id, slug, name, kind, description from entity where slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new Names(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        EntityKind.valueOf(rs.getString("kind")),
                        rs.getString("description"),
                        spellings(rs.getLong("id"))))
                .optional();
    }

    private List<Spelling> spellings(long entityId) {
        return jdbc.sql("""
                        select a.alias, a.script, a.variant, a.source, ed.username, a.added_at
                        from entity_alias a
                        join entity e on e.id = a.entity_id
                        left join editor ed on ed.id = a.added_by
                        where a.entity_id = :id
                        order by a.alias = e.name desc, a.variant, a.script, a.alias
                        """)
                .param("id", entityId)
                .query((rs, n) -> new Spelling(
                        rs.getString("alias"),
                        Script.valueOf(rs.getString("script").toUpperCase(Locale.ROOT)),
                        rs.getBoolean("variant"),
                        rs.getString("source"),
                        rs.getString("username"),
                        rs.getObject("added_at", OffsetDateTime.class)))
                .list();
    }

    /** The name of the entity that has this spelling already (one spelling names at most one: V7). */
    Optional<String> namedBy(String spelling) {
        return jdbc.sql("""
                        select e.name from entity_alias a join entity e on e.id = a.entity_id
                        where a.alias = :spelling
                        """).param("spelling", spelling).query(String.class).optional();
    }

    /** A new entity, its name its first spelling; returns its address. */
    @Transactional
    public Created create(String name, EntityKind kind, String description, long editorId) {
        String slug = freeSlug(Slugs.fromHeadline(name));
        long id = jdbc.sql("""
                        insert into entity (slug, name, kind, description, added_by, added_at)
                        values (:slug, :name, :kind, :description, :editor, now())
                        returning id
                        """)
                .param("slug", slug)
                .param("name", name)
                .param("kind", kind.name())
                .param("description", description)
                .param("editor", editorId)
                .query(Long.class)
                .single();
        insertSpelling(id, name, Script.LATIN, false, null, editorId);
        return new Created(slug, retag(name));
    }

    record Created(String slug, Retagged retagged) {}

    /**
     * A spelling confirmed by an editor, with its source: always a variant, which search expands into
     * the entity's English names (an English spelling too: "Shoygu" then also finds "Sergei Shoigu").
     */
    @Transactional
    public Retagged addSpelling(long entityId, String spelling, Script script, String source, long editorId) {
        insertSpelling(entityId, spelling, script, true, source, editorId);
        return retag(spelling);
    }

    /** Removes a spelling that is not the entity's name; empty if it had no such spelling. */
    @Transactional
    public Optional<Retagged> removeSpelling(long entityId, String spelling) {
        int removed =
                jdbc.sql("""
                        delete from entity_alias a using entity e
                        where e.id = a.entity_id and a.entity_id = :id and a.alias = :spelling and a.alias <> e.name
                        """).param("id", entityId).param("spelling", spelling).update();
        return removed == 0 ? Optional.empty() : Optional.of(retag(spelling));
    }

    private void insertSpelling(
            long entityId, String spelling, Script script, boolean variant, String source, long editorId) {
        jdbc.sql("""
                        insert into entity_alias (entity_id, alias, script, variant, source, added_by, added_at)
                        values (:id, :alias, :script, :variant, :source, :editor, now())
                        """)
                .param("id", entityId)
                .param("alias", spelling)
                .param("script", script.column())
                .param("variant", variant)
                .param("source", source)
                .param("editor", editorId)
                .update();
    }

    private String freeSlug(String wanted) {
        String candidate = wanted;
        for (int n = 2;
                jdbc.sql("select exists (select 1 from entity where slug = ?)")
                        .param(candidate)
                        .query(Boolean.class)
                        .single();
                n++) {
            candidate = wanted + "-" + n;
        }
        return candidate;
    }

    /** Tags again, with the gazetteer this transaction sees, every article whose text may name {@code spelling}. */
    private Retagged retag(String spelling) {
        events.publishEvent(new CollectionChanged());
        // Words separated by spaces only are a phrase; hyphens and apostrophes index as several
        // tokens at other positions ("Il-sung" is il-sung, il and sung), so there every word will do.
        String between = SPACED_WORDS.matcher(spelling).matches() ? " <-> " : " & ";
        String query = Arrays.stream(WORDS.split(spelling))
                .filter(word -> !word.isEmpty())
                .map(word -> "'" + word + "':*")
                .collect(Collectors.joining(between));
        if (query.isEmpty()) {
            return new Retagged(0, 0);
        }
        record Candidate(long id, boolean setByHand) {}
        List<Candidate> found = jdbc.sql("""
                        select a.id,
                               exists (select 1 from article_change c
                                       where c.article_id = a.id and c.field = 'ENTITIES') as set_by_hand
                        from article a
                        where a.search_vector @@ to_tsquery('english_unaccent', :query)
                        order by a.id
                        """)
                .param("query", query)
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getBoolean("set_by_hand")))
                .list();
        List<Long> candidates =
                found.stream().filter(c -> !c.setByHand()).map(Candidate::id).toList();
        int setByHand = found.size() - candidates.size();
        EntityTagger tagger = new EntityTagger(new EntityRecogniser(EntityTagger.loadGazetteer(jdbc)));
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<Long> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            tagger.tagAll(
                    jdbc,
                    jdbc.sql("select id, headline, body_text from article where id = any(:ids)")
                            .param("ids", batch.toArray(Long[]::new))
                            .query((rs, n) -> new EntityTagger.Text(
                                    rs.getLong("id"),
                                    rs.getString("headline"),
                                    List.of(rs.getString("body_text").split("\n"))))
                            .list());
        }
        return new Retagged(candidates.size(), setByHand);
    }
}
