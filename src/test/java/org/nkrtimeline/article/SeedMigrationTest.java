package org.nkrtimeline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.SeedArticles.A;
import static org.nkrtimeline.support.SeedArticles.B;
import static org.nkrtimeline.support.SeedArticles.C;
import static org.nkrtimeline.support.SeedArticles.D;
import static org.nkrtimeline.support.SeedArticles.E;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.ArticleDates;
import org.nkrtimeline.topic.Topic;
import org.nkrtimeline.topic.TopicRepository;
import org.nkrtimeline.topic.TopicSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** The Flyway migrations seed the five articles with the checked editorial facts. */
// The whole app: topic summaries count articles in the read index. Each test in a transaction, as
// lazy relations are read.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Transactional
class SeedMigrationTest {

    @Autowired
    ArticleRepository articles;

    @Autowired
    TopicRepository topics;

    private Article article(String slug) {
        return articles.findWithTopicsAndMentionsBySlug(slug).orElseThrow();
    }

    private static List<String> topicSlugs(Article article) {
        return article.getTopics().stream().map(Topic::getSlug).toList();
    }

    @Test
    void seedsFiveArticlesWithHeadlinesOfAtMostEightyCharacters() {
        assertThat(articles.findAll())
                .hasSize(5)
                .allSatisfy(
                        article -> assertThat(article.getHeadline().length()).isBetween(20, 80));
    }

    @Test
    void eventDatesComeFromTheEditorialFacts() {
        assertThat(article(A).getDates().eventDate()).isEqualTo(LocalDate.of(2023, 9, 19));
        assertThat(article(B).getDates().eventDate()).isEqualTo(LocalDate.of(2023, 9, 13));
        assertThat(article(C).getDates().eventDate()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(article(D).getDates().eventDate()).isEqualTo(LocalDate.of(2024, 3, 23));
        assertThat(article(E).getDates().eventDate()).isEqualTo(LocalDate.of(2023, 9, 13));
    }

    @Test
    void publicationDatesComeFromTheSourceHeaders() {
        assertThat(article(A).getDates().publishedDate()).isEqualTo(LocalDate.of(2023, 11, 12));
        assertThat(article(B).getDates().publishedDate()).isEqualTo(LocalDate.of(2023, 11, 14));
        assertThat(article(D).getDates().publishedDate()).isEqualTo(LocalDate.of(2024, 3, 23));
        assertThat(article(E).getDates().publishedDate()).isEqualTo(LocalDate.of(2023, 11, 12));
    }

    @Test
    void theShoiguMeetingHasAnEstimatedEventDateWithItsReasonAndNoInventedPublicationDate() {
        ArticleDates dates = article(C).getDates();

        assertThat(dates.eventEstimated()).isTrue();
        assertThat(dates.eventNote()).contains("about 90% confidence").contains("21 Mar 2025");
        assertThat(dates.eventSourceUrl()).startsWith("https://");
        assertThat(dates.publishedDate()).isNull();
        assertThat(dates.publishedNote())
                .isEqualTo("publication date not given in the source (probably 21–23 Mar 2025)");
        assertThat(List.of(A, B, D, E))
                .allSatisfy(slug ->
                        assertThat(article(slug).getDates().eventEstimated()).isFalse());
    }

    @Test
    void topicAssignmentsFollowTheEditorialTaxonomy() {
        assertThat(topicSlugs(article(A)))
                .containsExactly("arms-military-cooperation", "gifts-symbolism", "sanctions-un");
        assertThat(topicSlugs(article(B)))
                .containsExactly(
                        "summit-diplomacy", "arms-military-cooperation", "gifts-symbolism", "sanctions-un", "space");
        assertThat(topicSlugs(article(C)))
                .containsExactly(
                        "summit-diplomacy",
                        "arms-military-cooperation",
                        "war-in-ukraine",
                        "sanctions-un",
                        "defence-treaty-troops");
        assertThat(topicSlugs(article(D)))
                .containsExactly(
                        "arms-military-cooperation", "war-in-ukraine", "sanctions-un", "terrorism-condolences");
        assertThat(topicSlugs(article(E)))
                .containsExactly("summit-diplomacy", "arms-military-cooperation", "war-in-ukraine", "space");
    }

    @Test
    void topicSummariesCountArticlesInTaxonomyOrder() {
        assertThat(topics.findAllSummariesInOrder())
                .extracting(TopicSummary::slug, TopicSummary::articleCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("summit-diplomacy", 3L),
                        org.assertj.core.groups.Tuple.tuple("arms-military-cooperation", 5L),
                        org.assertj.core.groups.Tuple.tuple("gifts-symbolism", 2L),
                        org.assertj.core.groups.Tuple.tuple("war-in-ukraine", 3L),
                        org.assertj.core.groups.Tuple.tuple("sanctions-un", 4L),
                        org.assertj.core.groups.Tuple.tuple("space", 2L),
                        org.assertj.core.groups.Tuple.tuple("terrorism-condolences", 1L),
                        org.assertj.core.groups.Tuple.tuple("defence-treaty-troops", 1L));
    }

    @Test
    void theSourceTextIsStoredExactlyAsTheFileHasIt() {
        Article d = article(D);

        assertThat(d.getSourceFile()).isEqualTo("003_7f6c460341325119.txt");
        assertThat(d.getSourceText())
                .startsWith(" date 2024-03-23 In a significant display")
                .contains("\n\nAdvertisment\n\n")
                .endsWith("international peace efforts.");
        assertThat(d.getLede())
                .isEqualTo("In a significant display of diplomatic solidarity, North Korean leader "
                        + "Kim Jong Un sent a heartfelt message of condolence to Russian President Vladimir Putin, "
                        + "following the devastating terrorist attack at a Moscow concert hall.");
    }
}
