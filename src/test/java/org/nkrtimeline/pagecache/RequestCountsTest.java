package org.nkrtimeline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Counting requests per address in a table that never grows: what it remembers and what it forgets. */
class RequestCountsTest {

    @Test
    void eachAddressIsCountedApartAndAskingForTheCountDoesNotCountARequest() {
        RequestCounts counts = new RequestCounts(1 << 16);

        assertThat(counts.count("/?q=kursk")).isEqualTo(1);
        assertThat(counts.count("/?q=kursk")).isEqualTo(2);
        assertThat(counts.count("/?q=treaty")).isEqualTo(1);

        assertThat(counts.countOf("/?q=kursk")).isEqualTo(2);
        assertThat(counts.countOf("/?q=kursk")).isEqualTo(2);
        assertThat(counts.countOf("/?q=never-asked")).isZero();
    }

    @Test
    void anAddressIsForgottenWhenAnotherTakesItsSlot() {
        RequestCounts oneSlot = new RequestCounts(1);
        oneSlot.count("/a");
        oneSlot.count("/a");

        oneSlot.count("/b");

        assertThat(oneSlot.countOf("/a")).isZero();
        assertThat(oneSlot.count("/a")).isEqualTo(1);
    }

    @Test
    void theCountStopsAtFifteen() {
        RequestCounts counts = new RequestCounts(16);

        IntStream.range(0, 40).forEach(request -> counts.count("/"));

        assertThat(counts.countOf("/")).isEqualTo(15);
    }

    @Test
    void addressesThatDifferOnlyInTheirLastCharactersSpreadOverTheTable() {
        RequestCounts counts = new RequestCounts(1 << 16);
        int addresses = 10_000;
        IntStream.range(0, addresses).forEach(page -> counts.count("/?q=russia&topic=space&page=" + page));

        long remembered = IntStream.range(0, addresses)
                .filter(page -> counts.countOf("/?q=russia&topic=space&page=" + page) == 1)
                .count();

        // Hashed at random into 65,536 slots, about 93% of 10,000 addresses keep a slot of their own.
        assertThat(remembered).isGreaterThan(9_000);
    }

    @Test
    void theTableIsAPowerOfTwo() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestCounts(1000));
    }
}
