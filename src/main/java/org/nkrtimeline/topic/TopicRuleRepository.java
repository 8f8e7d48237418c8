package org.nkrtimeline.topic;

import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link TopicRules} for Spring code: the same statements, in the caller's transaction. */
@Repository
public class TopicRuleRepository {

    private final JdbcClient jdbc;

    TopicRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The topics the rules propose for a stored article, in taxonomy order. */
    public List<String> proposeTopics(long articleId) {
        return jdbc.sql(TopicRules.PROPOSE_FOR_ARTICLE).param(articleId).query(String.class).list();
    }

    /** The topics the rules propose for a headline and body text not stored yet, in taxonomy order. */
    public List<String> proposeTopics(String headline, String bodyText) {
        return jdbc.sql(TopicRules.PROPOSE_FOR_TEXT)
                .param(Objects.requireNonNull(headline, "headline"))
                .param(Objects.requireNonNull(bodyText, "bodyText"))
                .query(String.class)
                .list();
    }
}
