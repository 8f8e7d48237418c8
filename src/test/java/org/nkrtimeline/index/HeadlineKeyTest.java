package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nkrtimeline.support.Cases;

/** The timeline's headline key: two numbers that sort as the headline's first 16 bytes do. */
class HeadlineKeyTest {

    @RegisterExtension
    final Cases cases = new Cases(20261206L);

    record Pair(String a, String b) {}

    @Test
    void twoKeysCompareAsTheFirstSixteenBytesOfTheirHeadlines() {
        cases.forAll(
                3000,
                generate -> generate.chance(0.3)
                        // Long shared beginnings, so that the second number decides too.
                        ? new Pair("Kim Jong Un and " + generate.text(0, 12), "Kim Jong Un and " + generate.text(0, 12))
                        : new Pair(generate.text(0, 24), generate.text(0, 24)),
                pair -> assertThat(Integer.signum(compare(Fields.headlineKey(pair.a()), Fields.headlineKey(pair.b()))))
                        .isEqualTo(Integer.signum(Arrays.compareUnsigned(prefix(pair.a()), prefix(pair.b())))));
    }

    @Test
    void aShorterHeadlineSortsBeforeTheLongerOneItBegins() {
        List<long[]> keys = List.of(
                Fields.headlineKey(""),
                Fields.headlineKey("A"),
                Fields.headlineKey("Ab"),
                Fields.headlineKey("Kim"),
                Fields.headlineKey("Kim Jong Un visits"),
                Fields.headlineKey("Ким"));

        for (int i = 1; i < keys.size(); i++) {
            assertThat(compare(keys.get(i - 1), keys.get(i)))
                    .as("key %d before key %d", i - 1, i)
                    .isNegative();
        }
    }

    /** As Lucene compares the two sort fields: the first, then the second, each as a signed long. */
    private static int compare(long[] a, long[] b) {
        int first = Long.compare(a[0], b[0]);
        return first != 0 ? first : Long.compare(a[1], b[1]);
    }

    private static byte[] prefix(String headline) {
        byte[] utf8 = headline.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(utf8, Math.min(16, utf8.length));
    }
}
