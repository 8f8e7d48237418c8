package org.nkrtimeline.support;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A seed article as its source file has it, read from the test classpath ({@code db/seeds/}): the
 * headline the editors gave it and the sentences of its text, in order, without the date header and
 * the scraping debris that the app is meant to drop. It reads the files on its own terms, not
 * through the app's parser, so that tests compare the pages with the sources themselves.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeedArticle(String file, String headline) {

    private static final String SEEDS = "/db/seeds/";
    private static final Pattern DATE_HEADER = Pattern.compile("\\A\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s+");
    public static final Set<String> DEBRIS = Set.of("advertisment", "read the original article here");
    /** After a full stop, question or exclamation mark, maybe closed by a quote or bracket. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?]|[.!?][”\"’')])\\s+");

    public static List<SeedArticle> all() {
        try (InputStream json = resource("articles.json")) {
            return List.of(new ObjectMapper().readValue(json, SeedArticle[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SeedArticle ofFile(String file) {
        return all().stream()
                .filter(seed -> seed.file().equals(file))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed article in " + file));
    }

    /** The raw source file. */
    public String source() {
        try (InputStream in = resource("articles/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article's paragraphs and heading lines, in order: the date header and the debris lines removed. */
    public List<String> lines() {
        return DATE_HEADER
                .matcher(source())
                .replaceFirst("")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !DEBRIS.contains(line.toLowerCase(Locale.ROOT)))
                .toList();
    }

    /**
     * Every sentence of the article text, in order. It may cut after an abbreviation such as "U.N.";
     * the pieces are still in order, so that is harmless for checking that all the text is shown.
     */
    public List<String> sentences() {
        return lines().stream()
                .flatMap(SENTENCE_BREAK::splitAsStream)
                .map(String::strip)
                .toList();
    }

    private static InputStream resource(String name) {
        InputStream in = SeedArticle.class.getResourceAsStream(SEEDS + name);
        if (in == null) {
            throw new IllegalStateException(
                    SEEDS + name + " is not on the test classpath (the top-level db/ folder is a resource)");
        }
        return in;
    }
}
