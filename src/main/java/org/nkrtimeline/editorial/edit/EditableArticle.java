package org.nkrtimeline.editorial.edit;

import java.time.OffsetDateTime;
import java.util.List;
import org.nkrtimeline.collection.ArticleDates;

/**
 * An article as the edit form shows it: what editors may change (its source included), whether it
 * awaits review (imported, not yet published), the version the form was made from (optimistic
 * locking), and where the article came from.
 */
public record EditableArticle(
        long id,
        String slug,
        String headline,
        ArticleDates dates,
        ArticleSource source,
        List<String> topics,
        List<String> entities,
        boolean hidden,
        boolean awaitingReview,
        long version,
        String sourceFile,
        OffsetDateTime createdAt,
        OffsetDateTime correctedAt) {

    public EditableArticle {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
    }

    /** Whether the headline only stands in for one, as an import makes it when it can propose none. */
    public boolean headlineIsPlaceholder() {
        return HeadlinePlaceholder.is(headline, sourceFile);
    }

    public ArticleMetadata metadata() {
        return new ArticleMetadata(headline, dates, topics);
    }
}
