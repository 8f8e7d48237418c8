package org.nkrtimeline.article;

import java.util.List;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.collection.source.ParsedArticle;
import org.nkrtimeline.collection.source.SourceMarker;
import org.nkrtimeline.entity.Attribution;
import org.nkrtimeline.entity.Attributions;
import org.nkrtimeline.entity.MentionedEntity;

/**
 * Where an article's text came from and whom it takes its information from: the source's name and
 * address (stored: editors correct them), the markers a repost leaves and the attributions in the
 * text (found in the stored source on each read, as the text itself is, so they cost no statement).
 *
 * @param sourceName   who published the text, or null when nothing says
 * @param sourceUrl    where it was published, or null when nothing says
 * @param markers      the source's lines that say it is a repost, left out of the text
 * @param attributions each entity the text attributes information to, once, with its sentence
 */
public record Provenance(
        String sourceName, String sourceUrl, List<SourceMarker> markers, List<Attribution> attributions) {

    public Provenance {
        markers = List.copyOf(markers);
        attributions = List.copyOf(attributions);
    }

    /**
     * Attributions count only the article's own entities, those its page lists, so that each links to
     * an entity page that lists the article too.
     */
    static Provenance of(Article article, ParsedArticle parsed, List<MentionedEntity> mentioned) {
        Attributions attributions =
                new Attributions(mentioned.stream().map(MentionedEntity::entity).toList());
        return new Provenance(
                article.getSourceName(),
                article.getSourceUrl(),
                parsed.markers(),
                attributions.find(parsed.blocks().stream().map(Block::text).toList()));
    }

    /** Whether anything names the source: the seeds' files, for one, do not. */
    public boolean namesSource() {
        return sourceName != null || sourceUrl != null;
    }
}
