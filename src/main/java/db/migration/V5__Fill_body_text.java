package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nkrtimeline.collection.source.ArticleParser;

/**
 * Fills {@code article.body_text} for the articles stored before it existed, with the same parser
 * that stores new ones, so the search text of old and new articles is made the same way.
 */
public class V5__Fill_body_text extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        ArticleParser parser = new ArticleParser();
        try (PreparedStatement select =
                        connection.prepareStatement("select id, source_file, source_text from article");
                PreparedStatement update =
                        connection.prepareStatement("update article set body_text = ? where id = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byte[] source = rows.getString("source_text").getBytes(StandardCharsets.UTF_8);
                update.setString(
                        1, parser.parse(source, rows.getString("source_file")).bodyText());
                update.setLong(2, rows.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
