package org.nkrtimeline.article;

import java.util.List;
import org.nkrtimeline.collection.source.Block;
import org.nkrtimeline.entity.MentionedEntity;

/**
 * An article as the API gives it: its stored facts, every block of the source text in order, and
 * the people, places and organisations it mentions, most mentioned first, and its provenance.
 */
public record ArticleText(Article article, List<Block> blocks, List<MentionedEntity> entities, Provenance provenance) {

    public ArticleText {
        blocks = List.copyOf(blocks);
        entities = List.copyOf(entities);
    }
}
