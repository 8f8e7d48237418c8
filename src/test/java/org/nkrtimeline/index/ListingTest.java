package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.collection.DatePrecision;

/** What a list shows of an article comes back from its doc value as it went in, every field present or absent. */
class ListingTest {

    private static IndexedArticle article(String lede, ArticleDates dates, List<String> topics, Long eventId) {
        return new IndexedArticle(
                42, "a-slug", "Kim “meets” Путин", lede, "the body", dates, null, topics, List.of(), eventId);
    }

    private static IndexedArticle listed(IndexedArticle article) {
        return new IndexedArticle(
                article.id(),
                article.slug(),
                article.headline(),
                article.lede(),
                null,
                article.dates(),
                null,
                article.topicSlugs(),
                List.of(),
                article.eventId());
    }

    @Test
    void everyFieldOfAListComesBack() {
        IndexedArticle full = article(
                "A lede.",
                new ArticleDates(
                        LocalDate.of(2023, 9, 13),
                        DatePrecision.MONTH,
                        true,
                        "Estimated from the text.",
                        "https://example.org/source",
                        LocalDate.of(1969, 12, 31),
                        "As the header says.",
                        true),
                List.of("summit-diplomacy", "space"),
                7L);

        assertThat(Listing.decode(Listing.encode(full))).isEqualTo(listed(full));
    }

    @Test
    void absentFieldsStayAbsent() {
        IndexedArticle bare = article(
                null, new ArticleDates(null, DatePrecision.DAY, false, null, null, null, null, false), List.of(), null);

        assertThat(Listing.decode(Listing.encode(bare))).isEqualTo(listed(bare));
    }
}
