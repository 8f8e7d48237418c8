import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.ContentHash;
import org.nkrtimeline.collection.source.ParsedArticle;

/**
 * Checks that bench/generate.sql wrote what an import would: parses every synthetic article's source
 * text with the app's own parser and compares body text, lede, word count, publication date and
 * content hash with the stored ones. Run by bench/generate.sh when CHECK=1, or by hand:
 * java -cp target/classes:postgresql.jar bench/CheckSynthetic.java jdbc:postgresql://host:port/db user
 */
public class CheckSynthetic {

    public static void main(String[] args) throws Exception {
        ArticleParser parser = new ArticleParser();
        int checked = 0;
        int wrong = 0;
        try (Connection connection = DriverManager.getConnection(args[0], args[1], System.getenv("PGPASSWORD"))) {
            connection.setAutoCommit(false); // a cursor: the rows are streamed, not all held at once
            try (Statement select = connection.createStatement()) {
                select.setFetchSize(1000);
                try (ResultSet row = select.executeQuery("""
                        select slug, source_file, source_text, body_text, lede, word_count, published_date, content_hash
                        from article where slug like 'synthetic-%' order by id""")) {
                    while (row.next()) {
                        checked++;
                        ParsedArticle parsed = parser.parse(row.getString("source_text").getBytes(StandardCharsets.UTF_8),
                                row.getString("source_file"));
                        StringBuilder differences = new StringBuilder();
                        if (!parsed.bodyText().equals(row.getString("body_text"))) {
                            differences.append(" body_text");
                        }
                        if (!parsed.lede().equals(row.getString("lede"))) {
                            differences.append(" lede (parser: \"").append(parsed.lede()).append("\")");
                        }
                        if (parsed.wordCount() != row.getInt("word_count")) {
                            differences.append(" word_count (parser: ").append(parsed.wordCount()).append(")");
                        }
                        if (!parsed.publishedDate().equals(Optional.ofNullable(row.getDate("published_date")).map(Date::toLocalDate))) {
                            differences.append(" published_date");
                        }
                        if (!ContentHash.of(parsed).equals(row.getString("content_hash"))) {
                            differences.append(" content_hash");
                        }
                        if (!differences.isEmpty() && ++wrong <= 10) {
                            System.err.println(row.getString("slug") + " differs from its parsed source text:" + differences);
                        }
                    }
                }
            }
        }
        System.out.println(checked + " synthetic articles checked against the parser: "
                + (wrong == 0 ? "all agree" : wrong + " differ"));
        System.exit(wrong == 0 ? 0 : 1);
    }
}
