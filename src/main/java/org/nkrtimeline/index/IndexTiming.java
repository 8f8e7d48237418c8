package org.nkrtimeline.index;

/**
 * The index queries the current thread ran, and their time, for the {@code Server-Timing} header and
 * the tests that hold the number of queries per page.
 */
public final class IndexTiming {

    private static final ThreadLocal<long[]> COUNTS = ThreadLocal.withInitial(() -> new long[2]);

    private IndexTiming() {}

    public static void reset() {
        long[] counts = COUNTS.get();
        counts[0] = 0;
        counts[1] = 0;
    }

    public static long queries() {
        return COUNTS.get()[0];
    }

    public static long nanos() {
        return COUNTS.get()[1];
    }

    static void record(long nanos) {
        long[] counts = COUNTS.get();
        counts[0]++;
        counts[1] += nanos;
    }
}
