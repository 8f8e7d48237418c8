package org.nkrtimeline.pagecache;

/**
 * How often each address was asked for lately, in a fixed table of fingerprints, the way nginx's
 * {@code proxy_cache_min_uses} counts before it stores an answer. An address takes the slot of
 * whichever address last had it, so an address asked for only once is forgotten after some tens of
 * thousands of others, the table never grows, and counting allocates nothing. A slot holds a 60-bit
 * fingerprint of the address and, in its last 4 bits, the count (at most 15).
 */
final class RequestCounts {

    private static final long COUNT_MASK = 0xF;

    /** The most requests an address is counted to have had. */
    static final int MAX_COUNT = (int) COUNT_MASK;

    private final long[] slots;

    /** @param slots how many addresses it can remember at most: a power of two */
    RequestCounts(int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two, not " + slots);
        }
        this.slots = new long[slots];
    }

    /** Counts a request for the address, and returns how many it has had lately (this one included). */
    int count(String address) {
        long hash = hash(address);
        int slot = slot(hash);
        long fingerprint = hash & ~COUNT_MASK;
        int count = Math.min(countIn(slots[slot], fingerprint) + 1, MAX_COUNT);
        slots[slot] = fingerprint | count;
        return count;
    }

    /** How many requests the address has had lately, without counting one. */
    int countOf(String address) {
        long hash = hash(address);
        return countIn(slots[slot(hash)], hash & ~COUNT_MASK);
    }

    private static int countIn(long held, long fingerprint) {
        return (held & ~COUNT_MASK) == fingerprint ? (int) (held & COUNT_MASK) : 0;
    }

    private int slot(long hash) {
        return (int) (hash >>> 32) & (slots.length - 1);
    }

    /**
     * 64-bit FNV-1a of the address's characters (32 bits are too few to tell addresses apart), then
     * MurmurHash3's finalizer, so that addresses differing in their last character spread over all bits.
     */
    private static long hash(String address) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < address.length(); i++) {
            hash ^= address.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }
}
