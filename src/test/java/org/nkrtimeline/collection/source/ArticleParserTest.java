package org.nkrtimeline.collection.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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

    @Test
    void readsTheSourceNameAndAddressFromHeaderLinesInAnyOrder() throws Exception {
        ParsedArticle article = parse("""
                 url https://www.yna.co.kr/view/AEN20250321 source Yonhap News Agency
                 date 2025-03-21
                Kim met Shoigu in Pyongyang.
                """);
        ParsedArticle other =
                parse(" source  Yonhap News Agency \n\n date 2025-03-21 url https://www.yna.co.kr/view/AEN20250321 "
                        + "Kim met Shoigu in Pyongyang.");

        for (ParsedArticle parsed : new ParsedArticle[] {article, other}) {
            assertThat(parsed.sourceName()).contains("Yonhap News Agency");
            assertThat(parsed.sourceUrl()).contains("https://www.yna.co.kr/view/AEN20250321");
            assertThat(parsed.publishedDate()).contains(LocalDate.of(2025, 3, 21));
            assertThat(parsed.blocks()).containsExactly(Block.paragraph("Kim met Shoigu in Pyongyang."));
        }
    }

    @Test
    void theSourceHeaderTakesItsWholeLineBecauseANameHasSpaces() throws Exception {
        ParsedArticle article = parse(" source The Korea Herald, Seoul\nKim met Putin.");

        assertThat(article.sourceName()).contains("The Korea Herald, Seoul");
        assertThat(article.blocks()).containsExactly(Block.paragraph("Kim met Putin."));
    }

    @Test
    void aFileWithoutSourceHeadersNamesNoSource() throws Exception {
        ParsedArticle article = parse(" date 2023-11-12 Kim met Putin.");

        assertThat(article.sourceName()).isEmpty();
        assertThat(article.sourceUrl()).isEmpty();
    }

    @Test
    void leadingWordsSourceAndUrlThatAreNoHeaderAreText() throws Exception {
        assertThat(parse("url shorteners hide where a link leads.").sourceUrl()).isEmpty();
        assertThat(parse("url shorteners hide where a link leads.").blocks())
                .containsExactly(Block.paragraph("url shorteners hide where a link leads."));
        assertThat(parse("Source: KCNA.\nKim met Putin.").sourceName()).isEmpty();
        assertThat(parse("sources said Kim met Putin.").blocks())
                .containsExactly(Block.paragraph("sources said Kim met Putin."));
    }

    @Test
    void rejectsAUrlHeaderThatIsNotAWebAddressAndSaysOnWhichLine() {
        for (String address : new String[] {"javascript:alert(1)", "ftp://example.com/a", "https://", "HTTP//x/y"}) {
            assertThatThrownBy(() -> parse(" date 2023-11-12\n url " + address + "\nText."))
                    .as(address)
                    .isInstanceOf(ArticleParseException.class)
                    .hasMessage("test.txt, line 2: malformed url header \"url " + address + "\": the address must be a "
                            + "web address starting with http:// or https://, e.g. url https://www.example.com/news/1")
                    .extracting(e -> ((ArticleParseException) e).line())
                    .isEqualTo(2);
        }
    }

    @Test
    void rejectsHeaderLinesOfTenKilobytesQuicklyWithoutRepeatingThem() {
        String name = "N".repeat(10_000);
        String address = "https://example.com/" + "a".repeat(10_000);

        assertThatThrownBy(() -> assertTimeout(Duration.ofSeconds(1), () -> parse(" source " + name + "\nText.")))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("test.txt, line 1: the source header's name has 10000 characters; "
                        + "a source name has at most 200");
        assertThatThrownBy(() -> assertTimeout(Duration.ofSeconds(1), () -> parse(" url " + address + "\nText.")))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("test.txt, line 1: the url header's address has 10020 characters; "
                        + "an address has at most 2000");
        assertThatThrownBy(() -> parse(" url javascript:" + "x".repeat(10_000) + "\nText."))
                .isInstanceOf(ArticleParseException.class)
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("x".repeat(101));
    }

    @Test
    void rejectsASourceHeaderWithoutANameOrWithControlCharacters() {
        assertThatThrownBy(() -> parse(" source   \nText."))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("test.txt, line 1: the source header names no source: "
                        + "write it as \"source NAME\" on a line of its own");
        assertThatThrownBy(() -> parse(" source Yon\u0000hap\nText."))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("test.txt, line 1: the source header's name contains a control character");
    }

    @Test
    void rejectsAHeaderGivenTwice() {
        assertThatThrownBy(() -> parse(" source Yonhap\n source TASS\nText."))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("test.txt, line 2: a second source header: each header line comes once, at the top of "
                        + "the file");
    }

    @Test
    void rejectsHeaderLinesWithNoTextAfterThem() {
        assertThatThrownBy(() -> parse(" source Yonhap\n url https://www.yna.co.kr/\nRead the original article here\n"))
                .isInstanceOf(ArticleParseException.class)
                .hasMessage("test.txt: the article has no text after its header lines");
    }

    @Test
    void keepsARepostLineOutOfTheTextAndRecordsItAsAMarker() throws Exception {
        ParsedArticle article = parse("""
                First paragraph.
                  Read the original article here
                Advertisment
                Second paragraph.
                """);

        assertThat(article.blocks())
                .containsExactly(Block.paragraph("First paragraph."), Block.paragraph("Second paragraph."));
        assertThat(article.markers())
                .containsExactly(new SourceMarker(SourceMarker.Kind.REPOST, "Read the original article here"));
        assertThat(parse("The board said: Read the original article here.").markers())
                .as("a sentence that only contains the words is text, not a marker")
                .isEmpty();
    }

    @Test
    void theSeedsNameNoSourceAndOnly002SaysItIsARepost() throws Exception {
        for (String file : new String[] {
            "000_9fdcb7eda448ad73.txt",
            "001_63f00d1e24bae175.txt",
            "002_3e0a99eda329033e.txt",
            "003_7f6c460341325119.txt",
            "004_45fa822bdd41d378.txt"
        }) {
            ParsedArticle seed;
            try (InputStream in = getClass().getResourceAsStream("/db/seeds/articles/" + file)) {
                seed = parser.parse(in.readAllBytes(), file);
            }
            assertThat(seed.sourceName()).as(file).isEmpty();
            assertThat(seed.sourceUrl()).as(file).isEmpty();
            assertThat(seed.markers())
                    .as(file)
                    .isEqualTo(
                            file.startsWith("002")
                                    ? List.of(new SourceMarker(
                                            SourceMarker.Kind.REPOST, "Read the original article here"))
                                    : List.of());
        }
    }
}
