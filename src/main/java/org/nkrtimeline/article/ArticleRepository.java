package org.nkrtimeline.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    /** The article with its topics and its entities' mention counts, in one statement. */
    @EntityGraph(attributePaths = {"topics", "mentionCounts"})
    Optional<Article> findWithTopicsAndMentionsBySlug(String slug);
}
