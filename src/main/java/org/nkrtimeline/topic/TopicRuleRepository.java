package org.nkrtimeline.topic;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Proposes topics for an article from the editors' keyword rules ({@code topic_rule}, V11): a topic
 * is proposed when the article's headline or text contains any one of its phrases.
 *
 * <p>Phrases are matched as the search matches words, by PostgreSQL full text with the
 * {@code english_unaccent} configuration: each phrase goes through {@code phraseto_tsquery}, so words
 * are stemmed ("drone" finds "drones"), case and accents are ignored, a phrase's words must come in
 * its order, and whatever an editor types (quotes, {@code &}, {@code !}, {@code :*}) is read as plain
 * words, never as query syntax. A topic without rules is never proposed. One statement per article,
 * whatever the number of rules, in the caller's transaction.
 */
@Repository
public class TopicRuleRepository {

    /** A stored article's vector: the generated {@code article.search_vector} (V6). */
    private static final String STORED_VECTOR = "(select search_vector from article where id = ?)";

    /**
     * The vector of a headline and body not stored yet, weighted exactly as V6 generates
     * {@code article.search_vector}: the headline A, the body B.
     */
    private static final String TEXT_VECTOR = "setweight(to_tsvector('english_unaccent', ?), 'A')"
            + " || setweight(to_tsvector('english_unaccent', ?), 'B')";

    private final JdbcClient jdbc;

    TopicRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The topics the rules propose for a stored article, in taxonomy order (none for an id not stored). */
    public List<String> proposeTopics(long articleId) {
        return jdbc.sql(propose(STORED_VECTOR))
                .param(articleId)
                .query(String.class)
                .list();
    }

    /**
     * The topics the rules propose for an article before it is stored, as the import previews it, in
     * taxonomy order; the body is the text as the article's page shows it ({@code ParsedArticle.bodyText()}).
     */
    public List<String> proposeTopics(String headline, String bodyText) {
        return jdbc.sql(propose(TEXT_VECTOR))
                .param(Objects.requireNonNull(headline, "headline"))
                .param(Objects.requireNonNull(bodyText, "bodyText"))
                .query(String.class)
                .list();
    }

    /** Every topic with its rules, in taxonomy order, each topic's phrases alphabetically. */
    public List<TopicRules> findAllRules() {
        Map<String, TopicRules> topics = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.slug, t.name, r.id, r.phrase
                        from topic t left join topic_rule r on r.topic_id = t.id
                        order by t.position, lower(r.phrase), r.id
                        """).query((ResultSet rs) -> {
            String name = rs.getString("name");
            TopicRules topic =
                    topics.computeIfAbsent(rs.getString("slug"), slug -> new TopicRules(slug, name, new ArrayList<>()));
            long id = rs.getLong("id");
            if (!rs.wasNull()) {
                topic.rules().add(new TopicRules.Rule(id, rs.getString("phrase")));
            }
        });
        return List.copyOf(topics.values());
    }

    /**
     * Adds a rule. The phrase is stored as typed (trimmed); the database refuses one without a word to
     * match ({@code phrase_has_words}) and a repeat of one the topic has.
     *
     * @return false when the topic does not exist
     */
    public boolean add(String topicSlug, String phrase) {
        return jdbc.sql("insert into topic_rule (topic_id, phrase) select id, ? from topic where slug = ?")
                        .param(phrase)
                        .param(topicSlug)
                        .update()
                == 1;
    }

    /** Whether the phrase has at least one word a text can match (stop words and punctuation do not). */
    public boolean hasWords(String phrase) {
        return jdbc.sql("select numnode(phraseto_tsquery('english_unaccent', ?)) > 0")
                .param(phrase)
                .query(Boolean.class)
                .single();
    }

    /**
     * The topic's phrase that matches exactly what {@code phrase} would match, if it has one: the
     * same words once case, accents and word endings are set aside ("Summits" is "summit").
     */
    public Optional<String> findEquivalent(String topicSlug, String phrase) {
        return jdbc.sql("""
                        select r.phrase from topic_rule r join topic t on t.id = r.topic_id
                        where t.slug = ?
                          and phraseto_tsquery('english_unaccent', r.phrase)::text
                              = phraseto_tsquery('english_unaccent', ?)::text
                        order by r.id
                        limit 1
                        """).param(topicSlug).param(phrase).query(String.class).optional();
    }

    /** @return false when there is no such rule (already deleted) */
    public boolean delete(long ruleId) {
        return jdbc.sql("delete from topic_rule where id = ?").param(ruleId).update() == 1;
    }

    private static String propose(String vector) {
        return """
                with document as (select %s as vector)
                select t.slug
                from topic t
                where exists (
                    select 1
                    from topic_rule r, document d
                    where r.topic_id = t.id
                      and d.vector @@ phraseto_tsquery('english_unaccent', r.phrase))
                order by t.position
                """.formatted(vector);
    }
}
