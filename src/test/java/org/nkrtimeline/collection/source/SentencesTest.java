package org.nkrtimeline.collection.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void doesNotSplitAtInitialismsOrTitles() {
        assertThat(Sentences.split("Gifts violate U.N. Security Council resolutions. Mr. Kim smiled. Done!"))
                .containsExactly("Gifts violate U.N. Security Council resolutions.", "Mr. Kim smiled.", "Done!");
    }

    @Test
    void aLongRunOfAbbreviationsIsSplitInLinearTime() {
        // Each "Mr." continues the sentence; copying the growing sentence at each one took seconds.
        String text = "Mr. A ".repeat(50_000) + "met. Then";

        List<String> sentences = assertTimeout(Duration.ofSeconds(1), () -> Sentences.split(text));

        assertThat(sentences).containsExactly(text.substring(0, text.length() - " Then".length()), "Then");
    }

    @Test
    void splitsAfterClosingQuotes() {
        assertThat(Sentences.split("He wrote “Glory to Russia.” This meeting mattered."))
                .containsExactly("He wrote “Glory to Russia.”", "This meeting mattered.");
    }

    @Test
    void theLedeIsTwoShortSentencesVerbatim() {
        assertThat(Sentences.lede("Kim met Putin.  They talked. Then they left."))
                .isEqualTo("Kim met Putin.  They talked.");
    }

    @Test
    void theLedeIsOneSentenceWhenTwoWouldRunLong() {
        String first = "A".repeat(200) + ".";
        String second = "B".repeat(100) + ".";

        assertThat(Sentences.lede(first + " " + second)).isEqualTo(first);
    }
}
