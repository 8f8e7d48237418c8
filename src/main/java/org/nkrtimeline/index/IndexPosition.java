package org.nkrtimeline.index;

import java.util.Map;

/**
 * How far an index has read the outbox (V20): every change up to {@code seq} is in it. Kept in the
 * index's own commit, so the index and its position are saved together: after a crash the index is
 * as of its position, and reading on from there misses nothing.
 */
record IndexPosition(long seq) {

    static IndexPosition from(Map<String, String> commitData) {
        String seq = commitData.get("seq");
        return seq == null ? null : new IndexPosition(Long.parseLong(seq));
    }

    Map<String, String> commitData() {
        return Map.of("seq", Long.toString(seq));
    }

    boolean isBefore(IndexPosition other) {
        return seq < other.seq;
    }
}
