package org.nkrtimeline.e2e;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A seed article as its source file has it, read from the test classpath ({@code db/seeds/}): the
 * headline the editors gave it and the sentences of its text, in order, without the date header and
 * the scraping debris that the app is meant to drop.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SeedArticle(String file, String headline) {

    private static final String SEEDS = "/db/seeds/";
    private static final Pattern DATE_HEADER = Pattern.compile("\\A\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\s+");
    static final Set<String> DEBRIS = Set.of("advertisment", "read the original article here");
    /** After a full stop, question or exclamation mark, maybe closed by a quote or bracket. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?]|[.!?][”\"’')])\\s+");

    static List<SeedArticle> all() {
        try (InputStream json = resource("articles.json")) {
            return List.of(new ObjectMapper().readValue(json, SeedArticle[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw source file. */
    String source() {
        try (InputStream in = resource("articles/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every sentence of the article text, in order. It may cut after an abbreviation such as "U.N.";
     * the pieces are still in order, so that is harmless for checking that all the text is shown.
     */
    List<String> sentences() {
        String text = DATE_HEADER.matcher(source()).replaceFirst("");
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String paragraph = line.strip();
            if (paragraph.isEmpty() || DEBRIS.contains(paragraph.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String sentence : SENTENCE_BREAK.split(paragraph)) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    private static InputStream resource(String name) {
        InputStream in = SeedArticle.class.getResourceAsStream(SEEDS + name);
        if (in == null) {
            throw new IllegalStateException(SEEDS + name + " is not on the test classpath (the top-level db/ folder is a resource)");
        }
        return in;
    }
}
