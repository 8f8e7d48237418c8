package org.nkrtimeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationsTest {

    @Test
    void typographicAndStraightDoubleQuotesWithoutTheSentencesPunctuation() {
        assertThat(Quotations.in("He called it a “gift from the heart,” and wrote \"Glory to Russia.\" at once."))
                .containsExactly("gift from the heart", "Glory to Russia");
    }

    @Test
    void apostrophesAndSingleQuotesAreNotQuotations() {
        assertThat(Quotations.in("Kim’s visit and Russia's 'special' role, the country’s gifts"))
                .isEmpty();
    }

    @Test
    void aQuotationIsKeptOnceWhateverItsCaseAndSpacing() {
        assertThat(Quotations.in("“Glory to Russia” twice: “glory  to Russia”."))
                .containsExactly("Glory to Russia");
        assertThat(Quotations.key("Glory  to Russia")).isEqualTo(Quotations.key("glory to russia"));
    }

    @Test
    void aQuoteIsNotPairedAcrossParagraphs() {
        assertThat(Quotations.in("An open “quote\nand a close” later.")).isEmpty();
    }
}
