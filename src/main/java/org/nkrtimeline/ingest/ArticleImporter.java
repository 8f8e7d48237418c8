package org.nkrtimeline.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.nkrtimeline.article.Slugs;
import org.nkrtimeline.entity.EntityTagger;
import org.nkrtimeline.topic.TopicRules;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports article files through the parser the seeds went through. Each file is one transaction:
 * a file that fails leaves nothing behind, and the others in the batch still import. The article is
 * tagged with the entities it names and filed under the topics the rules propose. Importing the
 * same text twice finds the first import by its {@link ContentHash} and adds nothing. The event
 * date is left unknown (the file format carries only the publication date); editors set it.
 */
@Service
public class ArticleImporter {

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private static final String UNIQUE_VIOLATION = "23505";

    private final ArticleParser parser = new ArticleParser();

    ArticleImporter(DataSource dataSource, TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    /** Imports every file, in order, reporting each outcome as it happens. */
    public ImportSummary importAll(List<SourceFile> files, Consumer<ImportOutcome> progress) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (SourceFile file : files) {
            ImportOutcome outcome = importFile(file);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return new ImportSummary(outcomes);
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
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    Optional<String> existing = slugWithHash(connection, hash);
                    if (existing.isPresent()) {
                        return ImportOutcome.duplicate(file.name(), existing.get());
                    }
                    String headline = Headlines.propose(parsed);
                    String slug = freeSlug(connection, Slugs.fromHeadline(headline));
                    long id = insert(connection, file, parsed, headline, slug, hash);
                    EntityTagger.fromDatabase(connection).tag(connection, id, headline,
                            parsed.blocks().stream().map(Block::text).toList());
                    fileUnderProposedTopics(connection, id);
                    return ImportOutcome.imported(file.name(), slug);
                } catch (SQLException e) {
                    throw new ImportFailedException(e);
                }
            });
        } catch (ImportFailedException e) {
            if (UNIQUE_VIOLATION.equals(e.getCause().getSQLState())) {
                // The same text, imported at the same moment by someone else: it is there now.
                return ImportOutcome.duplicate(file.name(), null);
            }
            return ImportOutcome.rejected(file.name(),
                    file.name() + ": the database refused the article (" + e.getCause().getMessage() + ")");
        }
    }

    /** The topics the editors' rules propose; the editor reviews them (issue 4's preview and editing). */
    private static void fileUnderProposedTopics(Connection connection, long articleId) throws SQLException {
        String sql = "insert into article_topic (article_id, topic_id) select ?, id from topic where slug = ?";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (String slug : TopicRules.proposeTopics(connection, articleId)) {
                insert.setLong(1, articleId);
                insert.setString(2, slug);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Optional<String> slugWithHash(Connection connection, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select slug from article where content_hash = ?")) {
            select.setString(1, hash);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The slug, or the slug with the first free number appended: headlines may repeat, addresses not. */
    private static String freeSlug(Connection connection, String slug) throws SQLException {
        String candidate = slug;
        try (PreparedStatement select = connection.prepareStatement("select 1 from article where slug = ?")) {
            for (int n = 2; ; n++) {
                select.setString(1, candidate);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return candidate;
                    }
                }
                candidate = slug + "-" + n;
            }
        }
    }

    private static long insert(Connection connection, SourceFile file, ParsedArticle parsed, String headline,
                               String slug, String hash) throws SQLException {
        String sql = """
                insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                     published_date, content_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id
                """;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, slug);
            insert.setString(2, headline);
            insert.setString(3, file.name());
            // The parser accepted the bytes as strict UTF-8, so this is the file's text exactly.
            insert.setString(4, new String(file.bytes(), StandardCharsets.UTF_8));
            insert.setString(5, parsed.bodyText());
            insert.setString(6, parsed.lede());
            insert.setInt(7, parsed.wordCount());
            insert.setDate(8, parsed.publishedDate().map(Date::valueOf).orElse(null));
            insert.setString(9, hash);
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** A database error inside one article's transaction, which rolls it back. */
    private static final class ImportFailedException extends RuntimeException {
        ImportFailedException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
