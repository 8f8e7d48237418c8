package org.nkrtimeline.collection.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle parse(String text) throws ArticleParseException {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8), "test.txt");
    }

    @Test
    void readsThePublicationDateFromTheHeaderAndKeepsTheTextAfterItOnTheSameLine() throws Exception {
        ParsedArticle article = parse(" date 2023-11-12 In a recent visit, Kim returned.\n\nSecond paragraph.\n");

        assertThat(article.publishedDate()).contains(LocalDate.of(2023, 11, 12));
        assertThat(article.blocks())
                .containsExactly(
                        Block.paragraph("In a recent visit, Kim returned."), Block.paragraph("Second paragraph."));
    }

    @Test
    void anArticleWithoutHeaderHasNoPublicationDate() throws Exception {
        ParsedArticle article = parse("During a meeting in Pyongyang, Kim spoke.\nAnother paragraph.");

        assertThat(article.publishedDate()).isEmpty();
        assertThat(article.blocks())
                .extracting(Block::text)
                .containsExactly("During a meeting in Pyongyang, Kim spoke.", "Another paragraph.");
    }

    @Test
    void aLeadingWordDateWithoutDigitsIsTextNotAHeader() throws Exception {
        ParsedArticle article = parse("date palms grow in the south.");

        assertThat(article.publishedDate()).isEmpty();
        assertThat(article.blocks()).containsExactly(Block.paragraph("date palms grow in the south."));
    }

    @Test
    void removesScrapingDebrisLinesAndNothingElse() throws Exception {
        ParsedArticle article = parse("""
                First paragraph.
                Read the original article here
                Advertisment

                Advertisement
                The advertisment board said: Read the original article here.
                """);

        assertThat(article.blocks())
                .extracting(Block::text)
                .containsExactly("First paragraph.", "The advertisment board said: Read the original article here.");
    }

    @Test
    void recordsTheLinesItLeftOutAsTheSourceWroteThem() throws Exception {
        ParsedArticle article = parse("""
                First paragraph.
                  READ THE ORIGINAL ARTICLE HERE
                Advertisment
                Second paragraph.
                """);

        assertThat(article.removedDebris()).containsExactly("READ THE ORIGINAL ARTICLE HERE", "Advertisment");
        assertThat(parse("Nothing to leave out.").removedDebris()).isEmpty();
    }

    @Test
    void aLongLineOfLettersThatGrowWhenLowercasedIsQuicklyKnownNotToBeDebris() {
        // "İ" lowercases to two characters; lowercasing 100,000 of them to compare with the debris took seconds.
        String line = "\u0130".repeat(100_000);

        ParsedArticle article = assertTimeout(Duration.ofSeconds(1), () -> parse(line));

        assertThat(article.blocks()).containsExactly(Block.paragraph(line));
    }

    @Test
    void shortUnpunctuatedLinesBetweenParagraphsAreHeadings() throws Exception {
        ParsedArticle article = parse("""
                Kim sent a message.

                Deepening Diplomatic Ties Amidst Tragedy

                The message was reported by KCNA.
                """);

        assertThat(article.blocks())
                .containsExactly(
                        Block.paragraph("Kim sent a message."),
                        Block.heading("Deepening Diplomatic Ties Amidst Tragedy"),
                        Block.paragraph("The message was reported by KCNA."));
    }

    @Test
    void theFirstAndLastLinesAreNeverHeadings() throws Exception {
        ParsedArticle article = parse("Short Opening Line\nA sentence in between.\nShort Closing Line");

        assertThat(article.blocks()).noneMatch(Block::isHeading);
    }

    @Test
    void acceptsWindowsLineEndingsAndAByteOrderMark() throws Exception {
        ParsedArticle article = parse("\uFEFF date 2024-03-23 First.\r\n\r\nSecond.\r\n");

        assertThat(article.publishedDate()).contains(LocalDate.of(2024, 3, 23));
        assertThat(article.blocks()).extracting(Block::text).containsExactly("First.", "Second.");
    }

    @Test
    void rejectsADateHeaderInTheWrongFormatOnLineOne() {
        assertThatThrownBy(() -> parse(" date 12/11/2023 Text."))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("test.txt, line 1: malformed date header \"date 12/11/2023\": "
                        + "the date must be written YYYY-MM-DD, e.g. date 2023-11-12")
                .extracting(e -> ((ArticleParseException) e).line())
                .isEqualTo(1);
    }

    @Test
    void rejectsADateHeaderForADayThatDoesNotExist() {
        assertThatThrownBy(() -> parse(" date 2023-02-30 Text."))
                .isInstanceOf(ArticleParseException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("there is no such day in the calendar");
    }

    @Test
    void rejectsAHeaderWithNoTextAfterIt() {
        assertThatThrownBy(() -> parse(" date 2023-11-12 \n\nAdvertisment\n"))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("test.txt: the article has no text after its date header");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> parse("  \n\n"))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("test.txt: the file is empty: an article needs some text");
    }

    @Test
    void rejectsTextThatIsNotUtf8AndSaysWhere() {
        byte[] latin1 = "First line.\nCaf\u00e9 society.".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> parser.parse(latin1, "latin1.txt"))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("latin1.txt, line 2: the file is not valid UTF-8 (byte 0xE9 at offset 15); "
                        + "save it as UTF-8 and try again");
    }

    @Test
    void countsWordsAndTakesTheLedeFromTheFirstLineWhichIsNeverAHeading() throws Exception {
        ParsedArticle article = parse("Heading Like Line\nKim met Putin. They talked.\nThird one here.");

        assertThat(article.wordCount()).isEqualTo(11);
        assertThat(article.lede()).isEqualTo("Heading Like Line");
    }
}
