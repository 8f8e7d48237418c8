package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overview's counts per day, from the days of the matches. */
class DayCountsTest {

    @Test
    void daysAreCountedInOrderWhetherCloseTogetherOrFarApartWithTheUndatedLast() {
        long[] close = {19_000, 19_002, 19_000, Long.MAX_VALUE, 19_001, 19_000};
        long[] farApart = {-700_000, 2_000_000, -700_000, Long.MAX_VALUE};

        assertThat(LuceneReading.counted(close, close.length))
                .containsExactly(
                        Map.entry(19_000L, 3L),
                        Map.entry(19_001L, 1L),
                        Map.entry(19_002L, 1L),
                        Map.entry(Long.MAX_VALUE, 1L));
        assertThat(LuceneReading.counted(farApart, farApart.length))
                .containsExactly(Map.entry(-700_000L, 2L), Map.entry(2_000_000L, 1L), Map.entry(Long.MAX_VALUE, 1L));
        assertThat(LuceneReading.counted(new long[] {Long.MAX_VALUE}, 1))
                .containsExactly(Map.entry(Long.MAX_VALUE, 1L));
        assertThat(LuceneReading.counted(new long[0], 0)).isEmpty();
    }
}
