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
 * Turns a source file into an article: optional header lines at the top ({@code " date YYYY-MM-DD "},
 * {@code " source NAME"}, {@code " url https://…"}, in any order, each at most once), then the text,
 * one paragraph a line. It removes scraping debris and nothing else.
 */
public final class ArticleParser {

    /** Lines that scrapers leave behind and that are never part of an article. */
    private static final Set<String> DEBRIS = Set.of("advertisment", "advertisement", "read the original article here");

    private static final int LONGEST_DEBRIS =
            DEBRIS.stream().mapToInt(String::length).max().orElseThrow();

    private static final Pattern DATE_HEADER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\S*\\d\\S*)(?:[ \\t]+|\\R|\\z)");

    /** A name has spaces, so only the end of its line can end it: the source header is a line of its own. */
    private static final Pattern SOURCE_HEADER = Pattern.compile("\\A[ \\t]*source[ \\t]+([^\\r\\n]*)(?:\\R|\\z)");

    /**
     * Like the date, an address is one word, and the text may follow it on its line. Only a word that
     * looks like an address makes the header ("url shorteners are…" is text); a wrong one is refused.
     */
    private static final Pattern URL_HEADER =
            Pattern.compile("\\A[ \\t]*url[ \\t]+(\\S*[:/]\\S*|www\\.\\S*)(?:[ \\t]+|\\R|\\z)");

    /** Line breaks as {@link String#lines()} splits the text: {@code \R} would also take a NEL (U+0085) from it. */
    private static final Pattern BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*(?:\\r\\n|\\r|\\n))+");

    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");

    /** As the database's is_web_url (V1), with a host: a page never links to javascript: or data: addresses. */
    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s\"<>/?#]+[^\\s\"<>]*");

    /** As the database's checks on article.source_name and article.source_url (V22). */
    public static final int MAX_SOURCE_NAME = 200;

    public static final int MAX_SOURCE_URL = 2000;

    /** How much of a refused value an error message repeats. */
    private static final int QUOTED = 100;

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
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
        Optional<String> sourceName = Optional.empty();
        Optional<String> sourceUrl = Optional.empty();
        int line = 1;
        while (true) {
            Matcher header;
            if ((header = DATE_HEADER.matcher(text)).find()) {
                once(publishedDate, "date", source, line);
                publishedDate = Optional.of(parseHeaderDate(header.group(1), source, line));
            } else if ((header = SOURCE_HEADER.matcher(text)).find()) {
                once(sourceName, "source", source, line);
                sourceName = Optional.of(sourceName(header.group(1), source, line));
            } else if ((header = URL_HEADER.matcher(text)).find()) {
                once(sourceUrl, "url", source, line);
                sourceUrl = Optional.of(sourceUrl(header.group(1), source, line));
            } else {
                break;
            }
            line += lineBreaks(header.group());
            text = text.substring(header.end());
            // Header lines may stand apart; the text's blank lines are dropped anyway.
            Matcher blank = BLANK_LINES.matcher(text);
            if (blank.find()) {
                line += lineBreaks(blank.group());
                text = text.substring(blank.end());
            }
        }
        List<String> lines =
                text.lines().map(String::strip).filter(each -> !each.isEmpty()).toList();
        List<Block> blocks =
                blocks(lines.stream().filter(each -> !isDebris(each)).toList());
        if (blocks.isEmpty()) {
            throw new ArticleParseException(
                    source,
                    0,
                    new Message(
                            sourceName.isPresent() || sourceUrl.isPresent()
                                    ? "import.error.noTextAfterHeaders"
                                    : publishedDate.isPresent()
                                            ? "import.error.noTextAfterHeader"
                                            : "import.error.empty"));
        }
        return new ParsedArticle(
                publishedDate,
                sourceName,
                sourceUrl,
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

    private static void once(Optional<?> earlier, String header, String source, int line) throws ArticleParseException {
        if (earlier.isPresent()) {
            throw new ArticleParseException(source, line, new Message("import.error.headerTwice", header));
        }
    }

    private static LocalDate parseHeaderDate(String value, String source, int line) throws ArticleParseException {
        if (!ISO_DATE_SHAPE.matcher(value).matches()) {
            throw new ArticleParseException(source, line, new Message("import.error.headerShape", value));
        }
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeException e) {
            throw new ArticleParseException(source, line, new Message("import.error.headerDay", value));
        }
    }

    private static String sourceName(String value, String source, int line) throws ArticleParseException {
        String name = value.strip();
        int characters = name.codePointCount(0, name.length());
        if (name.isEmpty()) {
            throw new ArticleParseException(source, line, new Message("import.error.sourceEmpty"));
        }
        if (characters > MAX_SOURCE_NAME) {
            throw new ArticleParseException(
                    source,
                    line,
                    new Message(
                            "import.error.sourceLength", String.valueOf(characters), String.valueOf(MAX_SOURCE_NAME)));
        }
        if (CONTROL.matcher(name).find()) {
            throw new ArticleParseException(source, line, new Message("import.error.sourceControl"));
        }
        return name;
    }

    private static String sourceUrl(String value, String source, int line) throws ArticleParseException {
        int characters = value.codePointCount(0, value.length());
        if (characters > MAX_SOURCE_URL) {
            throw new ArticleParseException(
                    source,
                    line,
                    new Message("import.error.urlLength", String.valueOf(characters), String.valueOf(MAX_SOURCE_URL)));
        }
        if (!WEB_URL.matcher(value).matches()) {
            String quoted = characters > QUOTED ? value.substring(0, value.offsetByCodePoints(0, QUOTED)) + "…" : value;
            throw new ArticleParseException(source, line, new Message("import.error.urlScheme", quoted));
        }
        return value;
    }

    private static int lineBreaks(String text) {
        return (int) LINE_BREAK.matcher(text).results().count();
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
