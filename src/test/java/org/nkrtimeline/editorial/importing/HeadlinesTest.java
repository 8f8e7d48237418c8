package org.nkrtimeline.editorial.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.source.ArticleParseException;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.ParsedArticle;

class HeadlinesTest {

    private static ParsedArticle article(String text) throws ArticleParseException {
        return new ArticleParser().parse(text.getBytes(StandardCharsets.UTF_8), "test.txt");
    }

    @Test
    void aShortFirstSentenceIsTheHeadlineWithoutItsFullStop() throws ArticleParseException {
        assertThat(Headlines.propose(article("Kim met Putin. They talked."))).isEqualTo("Kim met Putin");
    }

    @Test
    void aLongFirstSentenceIsCutAtTheLastSpaceWithinAHundredCharacters() throws ArticleParseException {
        String headline = Headlines.propose(article("word ".repeat(30) + "end."));

        assertThat(headline).isEqualTo("word ".repeat(19) + "word…").hasSizeLessThanOrEqualTo(Headlines.MAX_LENGTH);
    }

    @Test
    void aLongFirstSentenceWithoutSpacesIsCutBetweenCharactersNotInsideOne() throws ArticleParseException {
        // 98 letters, then emoji of two chars each: a cut after 99 chars would keep half of the first emoji.
        String headline = Headlines.propose(article("a".repeat(98) + "😀".repeat(10)));

        assertThat(headline).isEqualTo("a".repeat(98) + "…");
    }
}
