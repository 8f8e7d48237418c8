package org.nkrtimeline.collection.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.Generator.choice;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nkrtimeline.support.Cases;
import org.nkrtimeline.support.Generator;

/**
 * Splitting a paragraph into sentences loses, adds and reorders nothing: it only cuts at white space.
 *
 * <p>The cases are generated from a fixed seed, so a failing case fails again on every run.
 */
class SentencesPropertyTest {

    @RegisterExtension
    final Cases cases = new Cases(20_240_616L);

    @Test
    void theSentencesAreTheParagraphInOrderCutOnlyAtWhiteSpace() {
        cases.forAll(500, SentencesPropertyTest::paragraph, paragraph -> {
            List<String> sentences = Sentences.split(paragraph);

            int from = 0;
            for (String sentence : sentences) {
                assertThat(sentence).isNotBlank();
                int at = paragraph.indexOf(sentence, from);
                assertThat(at).as("“%s” after offset %d", sentence, from).isNotNegative();
                assertThat(paragraph.substring(from, at))
                        .as("between sentences")
                        .isBlank();
                from = at + sentence.length();
            }
            assertThat(paragraph.substring(from)).as("after the last sentence").isBlank();
        });
    }

    private static String paragraph(Generator g) {
        String before = space(g);
        String text = g.oneOf(choice(3, () -> ArticleParserPropertyTest.prose(g)), choice(1, () -> g.text(0, 200)));
        return before + text + space(g);
    }

    private static String space(Generator g) {
        return g.pick("", "", " ", "\t", "\n", "  ");
    }
}
