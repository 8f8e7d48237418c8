package org.nkrtimeline.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void makesLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(Slugs.fromHeadline("Kim Jong Un pledges support for Russia's war"))
                .isEqualTo("kim-jong-un-pledges-support-for-russias-war");
        assertThat(Slugs.fromHeadline("Kim writes “Glory to Russia” — Café Moskva"))
                .isEqualTo("kim-writes-glory-to-russia-cafe-moskva");
    }

    @Test
    void cutsLongHeadlinesAtAWordBoundary() {
        String slug = Slugs.fromHeadline("Kim and Putin trade gifts at Vostochny; Putin accepts invitation "
                + "to North Korea and to the Far East");

        assertThat(slug).isEqualTo("kim-and-putin-trade-gifts-at-vostochny-putin-accepts-invitation-to-north-korea");
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void aShortenedSlugDoesNotEndOnALittleWord() {
        assertThat(Slugs.fromHeadline("Kim Jong Un pledges support for Russia's war in Ukraine in talks with the "
                        + "Security Council secretary"))
                .isEqualTo("kim-jong-un-pledges-support-for-russias-war-in-ukraine-in-talks");
    }

    @Test
    void refusesAHeadlineWithoutLettersOrDigits() {
        assertThatThrownBy(() -> Slugs.fromHeadline("— … —")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHeadlineWithoutLettersOrDigitsInAsciiGetsTheFallback() {
        assertThat(Slugs.fromHeadline("Курск: саперы из КНДР", Slugs.FALLBACK)).isEqualTo("article");
        assertThat(Slugs.fromHeadline("Kim in Kursk", Slugs.FALLBACK)).isEqualTo("kim-in-kursk");
    }
}
