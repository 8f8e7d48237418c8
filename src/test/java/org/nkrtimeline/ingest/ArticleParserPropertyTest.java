package org.nkrtimeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.nkrtimeline.support.Texts;

/**
 * Whatever file an editor uploads, the parser makes an article of it or says where and why it
 * cannot; and an article's text comes back as written, in order, only trimmed.
 */
class ArticleParserPropertyTest {

    private static final String SOURCE = "upload.txt";

    private final ArticleParser parser = new ArticleParser();

    /** A well-formed source file and what it says. */
    record Source(String text, Optional<LocalDate> date, List<String> lines) {
    }

    @Property(tries = 500)
    void anyFileGivesAnArticleOrSaysWhereAndWhyItCannot(@ForAll("files") byte[] file) {
        parsed(file).ifPresent(article -> {
            assertThat(article.blocks()).isNotEmpty().allSatisfy(block -> assertThat(block.text()).isNotBlank()
                    .isEqualTo(block.text().strip()));
            assertThat(article.blocks().get(0).isHeading()).as("the first block is never a heading").isFalse();
            assertThat(article.blocks().get(article.blocks().size() - 1).isHeading()).as("nor the last").isFalse();
        });
    }

    @Property(tries = 500)
    void theTextOfAnyFileComesBackInOrderOnlyTrimmed(@ForAll("files") byte[] file) {
        parsed(file).ifPresent(article -> {
            String text = new String(file, StandardCharsets.UTF_8);
            int from = 0;
            for (Block block : article.blocks()) {
                int at = text.indexOf(block.text(), from);
                assertThat(at).as("“%s” after offset %d", block.text(), from).isNotNegative();
                from = at + block.text().length();
            }
        });
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

    @Property(tries = 300)
    void aWellFormedFileParsesBackToItsDateAndLines(@ForAll("wellFormed") Source source) throws ArticleParseException {
        ParsedArticle article = parser.parse(source.text().getBytes(StandardCharsets.UTF_8), SOURCE);

        assertThat(article.publishedDate()).isEqualTo(source.date());
        assertThat(article.blocks()).extracting(Block::text).containsExactlyElementsOf(source.lines());
        assertThat(article.bodyText()).isEqualTo(String.join("\n", source.lines()));
    }

    @Property(tries = 300)
    void theLedeIsTheStartOfTheFirstParagraphVerbatim(@ForAll("wellFormed") Source source) throws ArticleParseException {
        ParsedArticle article = parser.parse(source.text().getBytes(StandardCharsets.UTF_8), SOURCE);

        assertThat(article.lede()).isNotEmpty();
        assertThat(source.lines().get(0)).startsWith(article.lede());
    }

    @Property(tries = 300)
    void aProposedHeadlineIsAtMostAHundredWholeCharactersFromTheLede(@ForAll("firstLines") String firstLine)
            throws ArticleParseException {
        ParsedArticle article = parser.parse((firstLine + "\nThe rest.").getBytes(StandardCharsets.UTF_8), SOURCE);

        String headline = Headlines.propose(article);

        assertThat(headline.length()).isLessThanOrEqualTo(Headlines.MAX_LENGTH);
        assertThat(article.lede()).startsWith(headline.endsWith("…") ? headline.substring(0, headline.length() - 1) : headline);
        assertThat(headline.codePoints().noneMatch(codePoint -> codePoint >= Character.MIN_SURROGATE
                && codePoint <= Character.MAX_SURROGATE)).as("no half of a character outside the BMP").isTrue();
    }

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<String> header = Arbitraries.of("", "", " date 2023-11-12 ", "date 2024-02-29\n", " date 2023-02-29 ",
                "date 12/11/2023 ", "\uFEFF date 2025-01-01\r\n", "date ", " date 0000-01-01\t", "date x1 ");
        Arbitrary<String> lines = Arbitraries.frequencyOf(
                        Tuple.of(6, Texts.text(0, 80)),
                        Tuple.of(1, Arbitraries.of("Advertisment", "ADVERTISEMENT", "Read the original article here", "  ")))
                .list().ofMaxSize(8)
                .map(list -> String.join(list.size() % 2 == 0 ? "\n" : "\r\n", list));
        Arbitrary<byte[]> text = Combinators.combine(header, lines).as((head, body) -> (head + body).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().list().ofMaxSize(200).map(ArticleParserPropertyTest::array);
        Arbitrary<byte[]> textWithStrayBytes = Combinators.combine(text, bytes).as((good, bad) -> {
            byte[] joined = new byte[good.length + bad.length];
            System.arraycopy(good, 0, joined, 0, good.length);
            System.arraycopy(bad, 0, joined, good.length, bad.length);
            return joined;
        });
        return Arbitraries.frequencyOf(Tuple.of(6, text), Tuple.of(1, bytes), Tuple.of(1, textWithStrayBytes));
    }

    private static byte[] array(List<Byte> bytes) {
        byte[] array = new byte[bytes.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = bytes.get(i);
        }
        return array;
    }

    @Provide
    Arbitrary<Source> wellFormed() {
        Arbitrary<Optional<LocalDate>> dates = Arbitraries.longs()
                .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay).optional(0.7);
        Arbitrary<String> line = line(Arbitraries.frequencyOf(Tuple.of(2, prose()),
                Tuple.of(1, Texts.text(1, 120, codePoint -> codePoint != '\n' && codePoint != '\r'))));
        Arbitrary<String> lineBreak = Arbitraries.of("\n", "\r\n", "\n\n", "\n \n");
        return Combinators.combine(dates, line.list().ofMinSize(1).ofMaxSize(8), lineBreak, Arbitraries.of(" ", "\n", "\t"))
                .as((date, lines, between, afterDate) -> {
                    String header = date.map(day -> " date " + day + afterDate).orElse("");
                    return new Source(header + String.join(between, lines) + between, date, lines);
                });
    }

    /** First lines long enough to be cut into a headline, some without a space to cut at. */
    @Provide
    Arbitrary<String> firstLines() {
        return line(Arbitraries.frequencyOf(Tuple.of(1, prose()),
                Tuple.of(1, Texts.text(90, 300, codePoint -> codePoint != '\n' && codePoint != '\r')),
                Tuple.of(1, Texts.text(90, 300, codePoint -> !Character.isWhitespace(codePoint)))));
    }

    /** A line of an article as the parser keeps it: trimmed, and not a header, a byte order mark or scraping debris. */
    private static Arbitrary<String> line(Arbitrary<String> text) {
        return text.map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("date")
                && !line.startsWith("\uFEFF") && !ArticleParser.isDebris(line));
    }

    /** News-like sentences: capitals, abbreviations, initialisms, quotes, brackets, numbers and every kind of ending. */
    static Arbitrary<String> prose() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("Kim", "met", "Putin", "in", "Vostochny", "the", "summit", "said", "3", "2023",
                        "“Glory", "to", "Russia”", "(KCNA)", "drones", "North", "Korea's", "U.S.", "U.N.", "Mr.", "Gen.",
                        "No.", "Sept.", "etc.", "a.m.", "St.", "Dr.", "vs.")),
                Tuple.of(1, Texts.text(1, 10, codePoint -> !Character.isWhitespace(codePoint))));
        Arbitrary<String> ending = Arbitraries.of(".", ".", "!", "?", ".”", "?\"", ".)", "…", "", ".'");
        Arbitrary<String> sentence = Combinators.combine(word.list().ofMinSize(1).ofMaxSize(12), ending)
                .as((words, end) -> String.join(" ", words) + end);
        return Combinators.combine(sentence.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(" ", "  ", " \t"))
                .as((sentences, space) -> String.join(space, sentences));
    }
}
