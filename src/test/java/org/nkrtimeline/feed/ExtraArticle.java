package org.nkrtimeline.feed;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An article a test adds next to the seeds, straight into the table (the import is tested on its
 * own): its text is one paragraph a line, as in a source file. {@code Editorial.reset} removes it.
 */
record ExtraArticle(
        String slug,
        String headline,
        String text,
        LocalDate eventDate,
        String precision,
        boolean estimated,
        String eventNote,
        LocalDate publishedDate) {

    static ExtraArticle undated(String slug, String headline, String text, LocalDate publishedDate) {
        return new ExtraArticle(slug, headline, text, null, "DAY", false, null, publishedDate);
    }

    static ExtraArticle on(String slug, String headline, String text, LocalDate eventDate, String precision) {
        return new ExtraArticle(slug, headline, text, eventDate, precision, false, null, null);
    }

    void insert(JdbcClient jdbc) {
        Map<String, Object> params = new HashMap<>();
        params.put("slug", slug);
        params.put("headline", headline);
        params.put("file", slug + ".txt");
        params.put("text", text);
        params.put("lede", text.lines().findFirst().orElseThrow());
        params.put("eventDate", eventDate);
        params.put("precision", precision);
        params.put("estimated", estimated);
        params.put("note", eventNote);
        params.put("published", publishedDate);
        jdbc.sql("""
                insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                     content_hash, event_date, event_date_precision, event_date_estimated,
                                     event_date_note, published_date)
                values (:slug, :headline, :file, :text, :text, :lede, 1, :slug,
                        :eventDate, :precision, :estimated, :note, :published)
                """).params(params).update();
    }
}
