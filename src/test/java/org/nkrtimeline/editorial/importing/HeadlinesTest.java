package org.nkrtimeline.editorial.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.source.ArticleParseException;
import org.nkrtimeline.collection.source.ArticleParser;
import org.nkrtimeline.collection.source.ParsedArticle;

/** Proposed headlines are whole: the first sentence, or its first clause, or nothing. */
class HeadlinesTest {

    private static ParsedArticle article(String text) throws ArticleParseException {
        return new ArticleParser().parse(text.getBytes(StandardCharsets.UTF_8), "test.txt");
    }

    @Test
    void aShortFirstSentenceIsTheHeadlineWithoutItsFullStop() throws ArticleParseException {
        assertThat(Headlines.propose(article("Kim met Putin. They talked."))).contains("Kim met Putin");
    }

    @Test
    void aFirstSentenceOfUpToTheHeadlineLimitIsProposedWhole() throws ArticleParseException {
        String sentence = "North Korea will send deminers and military builders to Russia's Kursk region, "
                + "Shoigu says after Pyongyang talks";
        assertThat(sentence).hasSizeGreaterThan(100).hasSizeLessThanOrEqualTo(Headlines.MAX_LENGTH);

        assertThat(Headlines.propose(article(sentence + ". He met Kim."))).contains(sentence);
    }

    @Test
    void theLimitCountsCharactersAsTheDatabaseDoesNotUtf16Units() throws ArticleParseException {
        String sentence = "Kim sends flags " + "🇰🇵".repeat(50);
        assertThat(sentence.length()).isGreaterThan(Headlines.MAX_LENGTH);

        assertThat(Headlines.propose(article(sentence + ". The rest."))).contains(sentence);
    }

    @Test
    void aLongerFirstSentenceGivesItsFirstClause() throws ArticleParseException {
        String text = "Russian President Vladimir Putin arrived in Pyongyang in the early hours of Wednesday, for his "
                + "first visit to North Korea since 2000, and Kim Jong Un met him at the airport.";

        assertThat(Headlines.propose(article(text)))
                .contains("Russian President Vladimir Putin arrived in Pyongyang in the early hours of Wednesday");
    }

    @Test
    void aClauseEndsAtASemicolonAColonOrADashToo() throws ArticleParseException {
        String rest = " and then " + "a great many more words about it ".repeat(4) + "end.";

        assertThat(Headlines.propose(article("Kim and Putin sign a treaty; it" + rest)))
                .contains("Kim and Putin sign a treaty");
        assertThat(Headlines.propose(article("Moscow confirms the visit: it" + rest)))
                .contains("Moscow confirms the visit");
        assertThat(Headlines.propose(article("Troops arrive in Kursk — officials say" + rest)))
                .contains("Troops arrive in Kursk");
        assertThat(Headlines.propose(article("Troops arrive in Kursk—officials say" + rest)))
                .contains("Troops arrive in Kursk");
    }

    @Test
    void aCommaInANumberOrInsideQuotationMarksEndsNoClause() throws ArticleParseException {
        String rest = ", " + "with a great many more words about it ".repeat(4) + "end.";

        assertThat(Headlines.propose(article("North Korea sends 1,000 deminers to Kursk" + rest)))
                .contains("North Korea sends 1,000 deminers to Kursk");
        assertThat(Headlines.propose(article("“We will win, whatever it takes,” Kim tells Putin" + rest)))
                .contains("“We will win, whatever it takes,” Kim tells Putin");
        assertThat(Headlines.propose(article("\"We will win, whatever it takes,\" Kim tells Putin" + rest)))
                .contains("\"We will win, whatever it takes,\" Kim tells Putin");
    }

    @Test
    void nothingIsProposedWhenNotEvenTheFirstClauseFits() throws ArticleParseException {
        assertThat(Headlines.propose(article("word ".repeat(30) + "end."))).isEmpty();
        assertThat(Headlines.propose(article("word ".repeat(30) + "end, and more.")))
                .isEmpty();
        assertThat(Headlines.propose(article("a".repeat(200)))).isEmpty();
    }

    @Test
    void aSentenceWithoutALetterOrDigitIsNoHeadline() throws ArticleParseException {
        assertThat(Headlines.propose(article("— … —"))).isEmpty();
    }
}
