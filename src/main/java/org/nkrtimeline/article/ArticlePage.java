package org.nkrtimeline.article;

import java.util.List;
import java.util.Map;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.entity.MentionedEntity;
import org.nkrtimeline.event.EventLink;
import org.nkrtimeline.timeline.Neighbours;
import org.nkrtimeline.timeline.TimelineFilter;

/**
 * An article as its page shows it.
 *
 * @param filter   the reader's timeline filter, kept in the links back to the timeline and to the
 *                 previous and next articles; its search is highlighted in the text
 * @param entities the people, places and organisations the article mentions, most mentioned first
 * @param removedDebris the source's lines left out as scraping debris, for the note about the text
 * @param provenance    where the text came from and whom it attributes its information to
 * @param event         the public event the article reports, with its role in it; null if none
 */
public record ArticlePage(
        Article article,
        List<BodyBlock> body,
        int readingMinutes,
        Neighbours neighbours,
        TimelineFilter filter,
        List<MentionedEntity> entities,
        List<RelatedArticle> related,
        List<String> removedDebris,
        Provenance provenance,
        EventLink event) {

    /** Reading speed for news prose, in words a minute. */
    static final int WORDS_PER_MINUTE = 230;

    public ArticlePage {
        body = List.copyOf(body);
        entities = List.copyOf(entities);
        related = List.copyOf(related);
        removedDebris = List.copyOf(removedDebris);
    }

    static int readingMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    public String link(String slug) {
        return filter.link("/articles/" + slug);
    }

    /** Back to a page of the reader's timeline that shows this article, scrolled to its entry. */
    public String backLink() {
        String timeline = neighbours.returnAfter() == null
                ? filter.link("/")
                : filter.pageLink("after", neighbours.returnAfter());
        return timeline
                + (neighbours.underItsEvent() && event != null
                        ? "#event-" + event.slug()
                        : "#entry-" + article.getSlug());
    }

    /** How many words of the text the reader's search matched; 0 without a search. */
    public long matchCount() {
        return body.stream()
                .flatMap(block -> block.runs().stream())
                .flatMap(run -> run.pieces().stream())
                .filter(BodyBlock.Piece::match)
                .count();
    }

    /** The mentioned entities by kind, in the order people, places, organisations. */
    public Map<EntityKind, List<MentionedEntity>> entitiesByKind() {
        return EntityKind.group(entities, mentioned -> mentioned.entity().kind());
    }
}
