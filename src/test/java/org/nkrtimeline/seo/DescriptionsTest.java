package org.nkrtimeline.seo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptionsTest {

    @Test
    void aShortTextIsKeptWholeWithItsWhitespaceTidied() {
        assertThat(Descriptions.cut("  Kim Jong Un\n returned  home. ", 160)).isEqualTo("Kim Jong Un returned home.");
    }

    @Test
    void aLongTextIsCutAfterTheLastWholeWordThatFitsAndSaysSo() {
        String cut = Descriptions.cut("Kim Jong Un returned from Russia with gifts", 30);

        assertThat(cut).isEqualTo("Kim Jong Un returned from…").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void punctuationLeftBeforeTheCutGoes() {
        assertThat(Descriptions.cut("After talks in Moscow, the two leaders agreed", 25))
                .isEqualTo("After talks in Moscow…");
    }

    @Test
    void theDescriptionIsAlwaysTheTextsOwnWordsInOrder() {
        String text = "The North Korean leader, Kim Jong Un, pledged his country's “invariable” support"
                + " for Russia's war in Ukraine during talks in Pyongyang with Sergei Shoigu,"
                + " the secretary of Russia's Security Council.";
        for (int max = 10; max <= text.length() + 5; max++) {
            String cut = Descriptions.cut(text, max);
            assertThat(cut.length()).isLessThanOrEqualTo(max);
            String words = cut.endsWith("…") ? cut.substring(0, cut.length() - 1) : cut;
            assertThat(text).startsWith(words);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11})
    void aSingleLongWordIsCutWithoutSplittingACharacter(int max) {
        // With 11 the cut would fall between the two halves of a surrogate pair; with 10 between pairs.
        assertThat(Descriptions.cut("a" + "🇰🇵".repeat(20), max)).isEqualTo("a🇰🇵🇰🇵…");
    }
}
