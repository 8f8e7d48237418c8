package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.ContentHash;

/**
 * Makes an article's identity its content, for idempotent imports: {@code article.content_hash}
 * ({@link ContentHash}, computed in Java for the stored articles, as the import computes it for new
 * ones) is unique. The source file name stops being unique: two newsrooms may both upload
 * "article.txt", and it is kept only as a record of where the text came from.
 */
public class V10__Add_content_hash extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table article add column content_hash text");
        }
        ArticleParser parser = new ArticleParser();
        try (PreparedStatement select =
                        connection.prepareStatement("select id, source_file, source_text from article");
                PreparedStatement update =
                        connection.prepareStatement("update article set content_hash = ? where id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byte[] source = rows.getString("source_text").getBytes(StandardCharsets.UTF_8);
                update.setString(1, ContentHash.of(parser.parse(source, rows.getString("source_file"))));
                update.setLong(2, rows.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table article alter column content_hash set not null");
            ddl.execute("alter table article add constraint article_content_hash_key unique (content_hash)");
            ddl.execute("alter table article drop constraint article_source_file_key");
        }
    }
}
