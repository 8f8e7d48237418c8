package org.nkrtimeline.collection.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nkrtimeline.i18n.Message;

/**
 * Turns a source file into an article: an optional {@code " date YYYY-MM-DD "} header, then the
 * text, one paragraph a line. It removes scraping debris and nothing else.
 */
public final class ArticleParser {

    /** Lines that scrapers leave behind and that are never part of an article. */
    private static final Set<String> DEBRIS = Set.of("advertisment", "advertisement", "read the original article here");

    private static final int LONGEST_DEBRIS =
            DEBRIS.stream().mapToInt(String::length).max().orElseThrow();

    private static final Pattern HEADER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\S*\\d\\S*)(?:[ \\t]+|\\R|\\z)");
    private static final Pattern ISO_DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** A heading line of the source: short, and not ended like a sentence. */
    private static final int HEADING_MAX_WORDS = 12;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?,;:”\"’')]\\s*$");

    /**
     * A stored article's text, as its page and its feed entry show it: every sentence of the source.
     * It was parsed when it was imported, so a failure now is a bug, not bad input.
     */
    public ParsedArticle parseStored(String sourceText, String source) {
        try {
            return parse(sourceText.getBytes(StandardCharsets.UTF_8), source);
        } catch (ArticleParseException e) {
            throw new IllegalStateException("A stored article no longer parses: " + e.getMessage(), e);
        }
    }

    public ParsedArticle parse(byte[] bytes, String source) throws ArticleParseException {
        String text = decodeUtf8(bytes, source);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Optional<LocalDate> publishedDate = Optional.empty();
        Matcher header = HEADER.matcher(text);
        if (header.find()) {
            publishedDate = Optional.of(parseHeaderDate(header.group(1), source));
            text = text.substring(header.end());
        }
        List<String> lines =
                text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<Block> blocks =
                blocks(lines.stream().filter(line -> !isDebris(line)).toList());
        if (blocks.isEmpty()) {
            throw new ArticleParseException(
                    source,
                    0,
                    new Message(publishedDate.isPresent() ? "import.error.noTextAfterHeader" : "import.error.empty"));
        }
        return new ParsedArticle(
                publishedDate,
                blocks,
                lines.stream().filter(ArticleParser::isDebris).toList());
    }

    private static String decodeUtf8(byte[] bytes, String source) throws ArticleParseException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new ArticleParseException(
                    source,
                    lineOf(bytes, offset),
                    new Message(
                            "import.error.notUtf8", "%02X".formatted(bytes[offset] & 0xFF), String.valueOf(offset)));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static LocalDate parseHeaderDate(String value, String source) throws ArticleParseException {
        if (!ISO_DATE_SHAPE.matcher(value).matches()) {
            throw new ArticleParseException(source, 1, new Message("import.error.headerShape", value));
        }
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeException e) {
            throw new ArticleParseException(source, 1, new Message("import.error.headerDay", value));
        }
    }

    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean followedByText = i + 1 < lines.size();
            blocks.add(i > 0 && followedByText && looksLikeHeading(line) ? Block.heading(line) : Block.paragraph(line));
        }
        return blocks;
    }

    /**
     * Lowercasing never shortens text, so a line longer than any debris is none; and lowercasing a
     * long one takes time that grows with the square of its letters that grow ("İ"): minutes for a
     * 1 MB line.
     */
    static boolean isDebris(String line) {
        return line.length() <= LONGEST_DEBRIS && DEBRIS.contains(line.toLowerCase(Locale.ROOT));
    }

    private static boolean looksLikeHeading(String line) {
        return Words.count(line) <= HEADING_MAX_WORDS
                && Character.isUpperCase(line.codePointAt(0))
                && !SENTENCE_END.matcher(line).find();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
