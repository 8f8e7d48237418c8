package org.nkrtimeline.topic;

import java.util.List;
import java.util.Objects;
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
        return jdbc.sql(propose(STORED_VECTOR)).param(articleId).query(String.class).list();
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
