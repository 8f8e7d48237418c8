package org.nkrtimeline.editorial.edit;

import java.time.OffsetDateTime;
import org.nkrtimeline.collection.ArticleDates;

/** An article in the editors' list: newest imports first, hidden ones included. */
public record EditorListEntry(
        long id,
        String slug,
        String headline,
        ArticleDates dates,
        boolean hidden,
        OffsetDateTime createdAt,
        OffsetDateTime correctedAt) {

    static final int PAGE_SIZE = 50;
}
