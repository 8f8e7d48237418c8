package org.nkrtimeline.collection.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.support.Generator.choice;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.nkrtimeline.editorial.importing.Headlines;
import org.nkrtimeline.support.Cases;
import org.nkrtimeline.support.Generator;

/**
 * Whatever file an editor uploads, the parser makes an article of it or says where and why it
 * cannot; and an article's text comes back as written, in order, only trimmed.
 *
 * <p>The cases are generated from a fixed seed, so a failing case fails again on every run.
 */
class ArticleParserPropertyTest {

    private static final String SOURCE = "upload.txt";

    @RegisterExtension
    final Cases cases = new Cases(20_240_615L);

    private final ArticleParser parser = new ArticleParser();

    /** A well-formed source file and what it says. */
    private record Source(String text, Optional<LocalDate> date, List<String> lines) {}

    @Test
    void anyFileGivesAnArticleOrSaysWhereAndWhyItCannot() {
        cases.forAll(
                500,
                ArticleParserPropertyTest::file,
                file -> parsed(file).ifPresent(article -> {
                    assertThat(article.blocks())
                            .isNotEmpty()
                            .allSatisfy(block -> assertThat(block.text())
                                    .isNotBlank()
                                    .isEqualTo(block.text().strip()));
                    assertThat(article.blocks().get(0).isHeading())
                            .as("the first block is never a heading")
                            .isFalse();
                    assertThat(article.blocks().get(article.blocks().size() - 1).isHeading())
                            .as("nor the last")
                            .isFalse();
                }));
    }

    @Test
    void theTextOfAnyFileComesBackInOrderOnlyTrimmed() {
        cases.forAll(
                500,
                ArticleParserPropertyTest::file,
                file -> parsed(file).ifPresent(article -> {
                    String text = new String(file, StandardCharsets.UTF_8);
                    int from = 0;
                    for (Block block : article.blocks()) {
                        int at = text.indexOf(block.text(), from);
                        assertThat(at)
                                .as("“%s” after offset %d", block.text(), from)
                                .isNotNegative();
                        from = at + block.text().length();
                    }
                }));
    }

    /** The article, or none where the parser refuses the file, which it must say where and why. */
    private Optional<ParsedArticle> parsed(byte[] file) {
        try {
            return Optional.of(parser.parse(file, SOURCE));
        } catch (ArticleParseException e) {
            assertThat(e.getMessage()).startsWith(SOURCE);
            assertThat(e.line()).isNotNegative();
            return Optional.empty();
        }
    }

    @Test
    void aWellFormedFileParsesBackToItsDateAndLines() {
        cases.forAll(300, ArticleParserPropertyTest::wellFormed, source -> {
            ParsedArticle article = parser.parse(source.text().getBytes(StandardCharsets.UTF_8), SOURCE);

            assertThat(article.publishedDate()).isEqualTo(source.date());
            assertThat(article.blocks()).extracting(Block::text).containsExactlyElementsOf(source.lines());
            assertThat(article.bodyText()).isEqualTo(String.join("\n", source.lines()));
        });
    }

    @Test
    void theLedeIsTheStartOfTheFirstParagraphVerbatim() {
        cases.forAll(300, ArticleParserPropertyTest::wellFormed, source -> {
            ParsedArticle article = parser.parse(source.text().getBytes(StandardCharsets.UTF_8), SOURCE);

            assertThat(article.lede()).isNotEmpty();
            assertThat(source.lines().get(0)).startsWith(article.lede());
        });
    }

    /**
     * A proposed headline is the start of the lede, word for word, within the headline limit, and ends
     * where a word does: nothing is added (no "…") and no word is cut. Nothing is proposed only when
     * the first sentence is too long and has no clause short enough.
     */
    @Test
    void aProposedHeadlineIsWholeWordsFromTheStartOfTheLedeWithinTheLimit() {
        cases.forAll(300, ArticleParserPropertyTest::firstLine, firstLine -> {
            ParsedArticle article = parser.parse((firstLine + "\nThe rest.").getBytes(StandardCharsets.UTF_8), SOURCE);

            Optional<String> proposed = Headlines.propose(article);

            String lede = article.lede();
            if (proposed.isEmpty()) {
                String first = Sentences.split(lede).get(0);
                assertThat(first.codePointCount(0, first.length()) > Headlines.MAX_LENGTH
                                || first.codePoints().noneMatch(Character::isLetterOrDigit))
                        .as("a first sentence that fits, with a word in it, is proposed: %s", lede)
                        .isTrue();
                return;
            }
            String headline = proposed.get();
            assertThat(headline.codePointCount(0, headline.length())).isLessThanOrEqualTo(Headlines.MAX_LENGTH);
            assertThat(headline).isNotBlank().isEqualTo(headline.strip());
            assertThat(lede).as("nothing added, nothing changed").startsWith(headline);
            if (lede.length() > headline.length()) {
                assertThat(Character.isLetterOrDigit(lede.codePointAt(headline.length())))
                        .as("the word after the headline in \"%s\" is not cut off", lede)
                        .isFalse();
            }
        });
    }

    private static byte[] file(Generator g) {
        return g.oneOf(
                choice(6, () -> textFile(g)),
                choice(1, () -> g.bytes(200)),
                choice(1, () -> withStrayBytes(textFile(g), g.bytes(200))));
    }

    private static byte[] textFile(Generator g) {
        String header = g.pick(
                "",
                "",
                " date 2023-11-12 ",
                "date 2024-02-29\n",
                " date 2023-02-29 ",
                "date 12/11/2023 ",
                "\uFEFF date 2025-01-01\r\n",
                "date ",
                " date 0000-01-01\t",
                "date x1 ");
        List<String> lines = g.list(
                0,
                8,
                () -> g.oneOf(
                        choice(6, () -> g.text(0, 80)),
                        choice(
                                1,
                                () -> g.pick(
                                        "Advertisment", "ADVERTISEMENT", "Read the original article here", "  "))));
        return (header + String.join(lines.size() % 2 == 0 ? "\n" : "\r\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withStrayBytes(byte[] text, byte[] stray) {
        byte[] joined = Arrays.copyOf(text, text.length + stray.length);
        System.arraycopy(stray, 0, joined, text.length, stray.length);
        return joined;
    }

    private static Source wellFormed(Generator g) {
        Optional<LocalDate> date =
                Optional.ofNullable(g.orNull(0.3, () -> g.date(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31))));
        List<String> lines = g.list(
                1,
                8,
                () -> line(
                        g,
                        () -> g.oneOf(
                                choice(2, () -> prose(g)),
                                choice(1, () -> g.text(1, 120, codePoint -> codePoint != '\n' && codePoint != '\r')))));
        String between = g.pick("\n", "\r\n", "\n\n", "\n \n");
        String afterDate = g.pick(" ", "\n", "\t");
        String header = date.map(day -> " date " + day + afterDate).orElse("");
        return new Source(header + String.join(between, lines) + between, date, lines);
    }

    /** First lines long enough to be cut into a headline, some without a space to cut at. */
    private static String firstLine(Generator g) {
        return line(
                g,
                () -> g.oneOf(
                        choice(1, () -> prose(g)),
                        choice(1, () -> g.text(90, 300, codePoint -> codePoint != '\n' && codePoint != '\r')),
                        choice(1, () -> g.text(90, 300, codePoint -> !Character.isWhitespace(codePoint)))));
    }

    /** A line of an article as the parser keeps it: trimmed, and not a header, a byte order mark or scraping debris. */
    private static String line(Generator g, Supplier<String> text) {
        return g.such(
                () -> text.get().strip(),
                line -> !line.isEmpty()
                        && !line.startsWith("date")
                        && !line.startsWith("source")
                        && !line.startsWith("url")
                        && !line.startsWith("\uFEFF")
                        && !ArticleParser.isDebris(line));
    }

    /**
     * News-like sentences: capitals, abbreviations, initialisms, quotes, brackets, numbers and every kind of
     * ending.
     */
    static String prose(Generator g) {
        Supplier<String> word = () -> g.oneOf(
                choice(
                        6,
                        () -> g.pick(
                                "Kim",
                                "met",
                                "Putin",
                                "in",
                                "Vostochny",
                                "the",
                                "summit",
                                "said",
                                "3",
                                "2023",
                                "“Glory",
                                "to",
                                "Russia”",
                                "(KCNA)",
                                "drones",
                                "North",
                                "Korea's",
                                "U.S.",
                                "U.N.",
                                "Mr.",
                                "Gen.",
                                "No.",
                                "Sept.",
                                "etc.",
                                "a.m.",
                                "St.",
                                "Dr.",
                                "vs.")),
                choice(1, () -> g.text(1, 10, codePoint -> !Character.isWhitespace(codePoint))));
        Supplier<String> sentence = () ->
                String.join(" ", g.list(1, 12, word)) + g.pick(".", ".", "!", "?", ".”", "?\"", ".)", "…", "", ".'");
        return String.join(g.pick(" ", "  ", " \t"), g.list(1, 6, sentence));
    }
}
