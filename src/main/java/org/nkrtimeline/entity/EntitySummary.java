package org.nkrtimeline.entity;

import java.util.List;

/** An entity with how many articles mention it, and how many times in all. */
public record EntitySummary(GazetteerEntry entity, long articleCount, long mentionCount) {

    /** The other names the texts use for it, without its own name. */
    public List<String> otherNames() {
        return entity.aliases().stream()
                .filter(alias -> !alias.equals(entity.name()))
                .toList();
    }
}
