package org.nkrtimeline.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.nkrtimeline.article.Slugs;
import org.nkrtimeline.entity.EntityTagger;
import org.nkrtimeline.topic.TopicRuleRepository;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports article files through the parser the seeds went through. Each file is one transaction:
 * a file that fails leaves nothing behind, and the other files of a batch still import. The article is
 * tagged with the entities it names and filed under the topics the rules propose. Importing the
 * same text twice finds the first import by its {@link ContentHash} and adds nothing. The event
 * date is left unknown (the file format carries only the publication date); editors set it.
 */
@Service
public class ArticleImporter {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TopicRuleRepository topicRules;
    private final TransactionTemplate transaction;
    private final ArticleParser parser = new ArticleParser();

    ArticleImporter(JdbcClient jdbc, DataSource dataSource, TopicRuleRepository topicRules,
                    TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.topicRules = topicRules;
        this.transaction = transaction;
    }

    public ImportOutcome importFile(SourceFile file) {
        ParsedArticle parsed;
        try {
            parsed = parser.parse(file.bytes(), file.name());
        } catch (ArticleParseException e) {
            return ImportOutcome.rejected(file.name(), e.getMessage());
        }
        String hash = ContentHash.of(parsed);
        try {
            return transaction.execute(status -> {
                Optional<String> existing = slugWithHash(hash);
                if (existing.isPresent()) {
                    return ImportOutcome.duplicate(file.name(), existing.get());
                }
                String headline = Headlines.propose(parsed);
                String slug = freeSlug(Slugs.fromHeadline(headline));
                long id = insert(file, parsed, headline, slug, hash);
                tagEntities(id, headline, parsed);
                fileUnderProposedTopics(id);
                return ImportOutcome.imported(file.name(), slug);
            });
        } catch (DuplicateKeyException e) {
            // The same text, imported at the same moment by someone else: it is there now.
            return ImportOutcome.duplicate(file.name(), null);
        } catch (DataAccessException e) {
            return ImportOutcome.rejected(file.name(),
                    file.name() + ": the database refused the article (" + e.getMostSpecificCause().getMessage() + ")");
        }
    }

    private Optional<String> slugWithHash(String hash) {
        return jdbc.sql("select slug from article where content_hash = ?").param(hash).query(String.class).optional();
    }

    /** The slug, or the slug with the first free number appended: headlines may repeat, addresses not. */
    private String freeSlug(String slug) {
        String candidate = slug;
        for (int n = 2; jdbc.sql("select exists (select 1 from article where slug = ?)").param(candidate)
                .query(Boolean.class).single(); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private long insert(SourceFile file, ParsedArticle parsed, String headline, String slug, String hash) {
        return jdbc.sql("""
                        insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                             published_date, content_hash)
                        values (:slug, :headline, :file, :source, :body, :lede, :words, :published, :hash)
                        returning id
                        """)
                .param("slug", slug)
                .param("headline", headline)
                .param("file", file.name())
                // The parser accepted the bytes as strict UTF-8, so this is the file's text exactly.
                .param("source", new String(file.bytes(), StandardCharsets.UTF_8))
                .param("body", parsed.bodyText())
                .param("lede", parsed.lede())
                .param("words", parsed.wordCount())
                .param("published", parsed.publishedDate().orElse(null))
                .param("hash", hash)
                .query(Long.class)
                .single();
    }

    /** {@link EntityTagger} works on a plain connection (a migration uses it too): this transaction's. */
    private void tagEntities(long articleId, String headline, ParsedArticle parsed) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            EntityTagger.fromDatabase(connection).tag(connection, articleId, headline,
                    parsed.blocks().stream().map(Block::text).toList());
        } catch (SQLException e) {
            throw new TaggingFailedException(e);
        }
    }

    /** The topics the editors' rules propose; the editor reviews them (issue 4's preview and editing). */
    private void fileUnderProposedTopics(long articleId) {
        for (String topic : topicRules.proposeTopics(articleId)) {
            jdbc.sql("insert into article_topic (article_id, topic_id) select :article, id from topic where slug = :topic")
                    .param("article", articleId).param("topic", topic).update();
        }
    }

    /** A database error while tagging, as Spring's other data-access errors, so it rolls back alike. */
    private static final class TaggingFailedException extends DataAccessException {
        TaggingFailedException(SQLException cause) {
            super("tagging the article's entities failed", cause);
        }
    }
}
