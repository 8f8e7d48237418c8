package org.nkrtimeline.entity;

import java.util.Objects;

/** Where a text names an entity: {@code text.substring(start, end)} is the words it used. */
public record Mention(GazetteerEntry entity, int start, int end) {

    public Mention {
        Objects.requireNonNull(entity, "entity");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a mention needs 0 <= start < end, not " + start + ".." + end);
        }
    }
}
