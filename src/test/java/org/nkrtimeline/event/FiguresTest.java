package org.nkrtimeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void aNumberWithTheWordThatSaysWhatItCounts() {
        assertThat(Figures.in(
                        "The attack left 133 dead; over 115,000 items from more than 200 countries; 1,000 troops."))
                .containsExactly("133 dead", "115,000 items", "200 countries", "1,000 troops");
    }

    @Test
    void yearsDaysOfTheMonthAndNumbersFollowedByAFunctionWordAreNotFigures() {
        assertThat(Figures.in("In 2023 Kim went; on 13 Sep 2023 he met Putin; 12 of them; at 3.5 and more."))
                .isEmpty();
    }

    @Test
    void theSameFigureWrittenTwoWaysIsOne() {
        assertThat(Figures.in("1,000 troops and then 1000 Troops")).containsExactly("1,000 troops");
        assertThat(Figures.key("1,000 Troops")).isEqualTo("1000 troops");
    }

    @Test
    void numbersInsideOtherTokensAreNotFigures() {
        assertThat(Figures.in("A Su-27 jet and resolution 2270s text, version 1.2.3 release"))
                .isEmpty();
    }
}
