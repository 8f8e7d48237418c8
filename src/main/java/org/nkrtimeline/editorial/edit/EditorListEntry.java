package org.nkrtimeline.editorial.edit;

import java.time.OffsetDateTime;
import org.nkrtimeline.collection.ArticleDates;

/** An article in the editors' list: those awaiting review first, then newest imports first, hidden ones included. */
public record EditorListEntry(
        long id,
        String slug,
        String headline,
        ArticleDates dates,
        boolean hidden,
        boolean awaitingReview,
        OffsetDateTime createdAt,
        OffsetDateTime correctedAt) {

    static final int PAGE_SIZE = 50;

    /** The message key of the article's state in the list: awaiting review, hidden, corrected or public. */
    public String stateKey() {
        if (awaitingReview) {
            return hidden ? "editor.articles.awaitingHidden" : "editor.articles.awaiting";
        }
        if (hidden) {
            return "editor.articles.hidden";
        }
        return correctedAt != null ? "editor.articles.corrected" : "editor.articles.public";
    }
}
