package db.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.entity.EntityTagger;

/**
 * Tags every stored article with the gazetteer's entities. The text is the headline and the body as
 * the parser reads it from the stored source, the same way V3 made it, so that scraping debris
 * never counts as a mention and no column added later is needed.
 */
public class V9__Tag_articles_with_entities extends BaseJavaMigration {

    /** Rows fetched at a time: the collection may grow far beyond what fits in memory at once. */
    private static final int FETCH_SIZE = 200;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        EntityTagger tagger = EntityTagger.fromDatabase(connection);
        ArticleParser parser = new ArticleParser();
        String sql = "select id, headline, source_file, source_text from article order by id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet articles = select.executeQuery()) {
                while (articles.next()) {
                    byte[] source = articles.getString("source_text").getBytes(StandardCharsets.UTF_8);
                    List<String> body = parser.parse(source, articles.getString("source_file")).blocks().stream()
                            .map(Block::text)
                            .toList();
                    tagger.tag(connection, articles.getLong("id"), articles.getString("headline"), body);
                }
            }
        }
    }
}
