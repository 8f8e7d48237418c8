package org.nkrtimeline.topic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Proposes topics for an article from the editors' keyword rules ({@code topic_rule}, V11): a topic
 * is proposed when the article's headline or text contains any one of its phrases.
 *
 * <p>Phrases are matched as the search matches words, by PostgreSQL full text with the
 * {@code english_unaccent} configuration: each phrase goes through {@code phraseto_tsquery}, so words
 * are stemmed ("drone" finds "drones"), case and accents are ignored, a phrase's words must come in
 * its order, and whatever an editor types (quotes, {@code &}, {@code !}, {@code :*}) is read as plain
 * words, never as query syntax. A topic without rules is never proposed.
 *
 * <p>It works on a plain JDBC connection, so that a Flyway migration and the import can use it like
 * {@code EntityTagger}; {@link TopicRuleRepository} runs the same statements for Spring code. One
 * statement per article, whatever the number of rules.
 */
public final class TopicRules {

    /** A stored article's vector: the generated {@code article.search_vector} (V6). */
    private static final String STORED_VECTOR = "(select search_vector from article where id = ?)";

    /**
     * The vector of a headline and body not stored yet, weighted exactly as V6 generates
     * {@code article.search_vector}: the headline A, the body B.
     */
    private static final String TEXT_VECTOR = "setweight(to_tsvector('english_unaccent', ?), 'A')"
            + " || setweight(to_tsvector('english_unaccent', ?), 'B')";

    /** The slugs of the topics proposed for a stored article, in taxonomy order; its id is the parameter. */
    public static final String PROPOSE_FOR_ARTICLE = propose(STORED_VECTOR);

    /** The slugs of the topics proposed for a headline and a body text, in taxonomy order. */
    public static final String PROPOSE_FOR_TEXT = propose(TEXT_VECTOR);

    private TopicRules() {
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

    /** The topics the rules propose for a stored article (none for an id that is not stored). */
    public static List<String> proposeTopics(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PROPOSE_FOR_ARTICLE)) {
            select.setLong(1, articleId);
            return slugs(select);
        }
    }

    /**
     * The topics the rules propose for an article before it is stored, as the import previews it;
     * the body is the text as the article's page shows it ({@code ParsedArticle.bodyText()}).
     */
    public static List<String> proposeTopics(Connection connection, String headline, String bodyText)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(PROPOSE_FOR_TEXT)) {
            select.setString(1, Objects.requireNonNull(headline, "headline"));
            select.setString(2, Objects.requireNonNull(bodyText, "bodyText"));
            return slugs(select);
        }
    }

    private static List<String> slugs(PreparedStatement select) throws SQLException {
        List<String> slugs = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                slugs.add(rows.getString(1));
            }
        }
        return slugs;
    }
}
