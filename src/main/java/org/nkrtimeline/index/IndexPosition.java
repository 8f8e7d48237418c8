package org.nkrtimeline.index;

import java.util.Map;

/**
 * How far an index has read the outbox (V20): every change at or before {@code (txid, seq)} is in
 * it. Kept in the index's own commit, so the index and its position are saved together: after a
 * crash the index is as of its position, and reading on from there misses nothing.
 */
record IndexPosition(long txid, long seq) {

    /** Before every change. */
    static final IndexPosition START = new IndexPosition(0, 0);

    static IndexPosition from(Map<String, String> commitData) {
        String txid = commitData.get("txid");
        String seq = commitData.get("seq");
        return txid == null || seq == null ? null : new IndexPosition(Long.parseLong(txid), Long.parseLong(seq));
    }

    Map<String, String> commitData() {
        return Map.of("txid", Long.toString(txid), "seq", Long.toString(seq));
    }

    boolean isBefore(IndexPosition other) {
        return txid < other.txid || (txid == other.txid && seq < other.seq);
    }
}
