package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nkrtimeline.collection.Slugs;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.ParsedArticle;

/**
 * Seeds the five source articles: each file in {@code db/seeds/articles/} goes through the same
 * parser that imports new articles, and the editorial facts about it (headline, event date, topics)
 * come from {@code db/seeds/articles.json}. The checksum covers all of these files, so editing a
 * seed after it was applied stops startup instead of silently diverging.
 */
public class V3__Seed_articles extends BaseJavaMigration {

    private static final String SEEDS = "db/seeds/";

    record SeedArticle(
            String file,
            String headline,
            String eventDate,
            String eventDatePrecision,
            boolean eventDateEstimated,
            String eventDateNote,
            String eventDateSourceUrl,
            String publishedDateNote,
            List<String> topics,
            List<String> references) {}

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        ArticleParser parser = new ArticleParser();
        for (SeedArticle seed : seeds()) {
            byte[] source = SeedFiles.read(SEEDS + "articles/" + seed.file());
            ParsedArticle parsed = parser.parse(source, seed.file());
            long id = insertArticle(connection, seed, new String(source, StandardCharsets.UTF_8), parsed);
            for (String topic : seed.topics()) {
                insertTopic(connection, id, topic, seed.file());
            }
        }
    }

    @Override
    public Integer getChecksum() {
        try {
            List<String> files = new ArrayList<>(List.of(SEEDS + "articles.json"));
            for (SeedArticle seed : seeds()) {
                files.add(SEEDS + "articles/" + seed.file());
            }
            return SeedFiles.checksum("The seed articles", files);
        } catch (IOException e) {
            throw new IllegalStateException("The seed articles cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<SeedArticle> seeds() throws IOException {
        return List.of(new ObjectMapper().readValue(SeedFiles.read(SEEDS + "articles.json"), SeedArticle[].class));
    }

    private static long insertArticle(Connection connection, SeedArticle seed, String sourceText, ParsedArticle parsed)
            throws SQLException {
        String sql = """
                insert into article (slug, headline, source_file, source_text, lede, word_count,
                    event_date, event_date_precision, event_date_estimated, event_date_note, event_date_source_url,
                    published_date, published_date_note, reference_urls)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id
                """;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, Slugs.fromHeadline(seed.headline()));
            insert.setString(2, seed.headline());
            insert.setString(3, seed.file());
            insert.setString(4, sourceText);
            insert.setString(5, parsed.lede());
            insert.setInt(6, parsed.wordCount());
            insert.setDate(7, seed.eventDate() == null ? null : Date.valueOf(LocalDate.parse(seed.eventDate())));
            insert.setString(8, seed.eventDatePrecision());
            insert.setBoolean(9, seed.eventDateEstimated());
            insert.setString(10, seed.eventDateNote());
            insert.setString(11, seed.eventDateSourceUrl());
            insert.setDate(12, parsed.publishedDate().map(Date::valueOf).orElse(null));
            insert.setString(13, seed.publishedDateNote());
            insert.setArray(
                    14, connection.createArrayOf("text", seed.references().toArray()));
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static void insertTopic(Connection connection, long articleId, String topic, String file)
            throws SQLException {
        String sql = "insert into article_topic (article_id, topic_id) select ?, id from topic where slug = ?";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, articleId);
            insert.setString(2, topic);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException(file + " names the unknown topic \"" + topic + "\"");
            }
        }
    }
}
