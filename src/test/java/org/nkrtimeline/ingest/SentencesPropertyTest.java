package org.nkrtimeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.nkrtimeline.support.Texts;

/** Splitting a paragraph into sentences loses, adds and reorders nothing: it only cuts at white space. */
class SentencesPropertyTest {

    @Property(tries = 500)
    void theSentencesAreTheParagraphInOrderCutOnlyAtWhiteSpace(@ForAll("paragraphs") String paragraph) {
        List<String> sentences = Sentences.split(paragraph);

        int from = 0;
        for (String sentence : sentences) {
            assertThat(sentence).isNotBlank();
            int at = paragraph.indexOf(sentence, from);
            assertThat(at).as("“%s” after offset %d", sentence, from).isNotNegative();
            assertThat(paragraph.substring(from, at)).as("between sentences").isBlank();
            from = at + sentence.length();
        }
        assertThat(paragraph.substring(from)).as("after the last sentence").isBlank();
    }

    @Provide
    Arbitrary<String> paragraphs() {
        Arbitrary<String> space = Arbitraries.of("", "", " ", "\t", "\n", "  ");
        Arbitrary<String> text = Arbitraries.frequencyOf(Tuple.of(3, ArticleParserPropertyTest.prose()),
                Tuple.of(1, Texts.text(0, 200)));
        return Combinators.combine(space, text, space).as((before, paragraph, after) -> before + paragraph + after);
    }
}
