package org.nkrtimeline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The recogniser with the gazetteer as the migrations leave it, on sentences that are easy to misread
 * ({@code entity/traps.txt}): a place named after a person, a name broken over a line, a possessive, a
 * word that several places share. Each sentence must name exactly the entities listed, in order.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class GazetteerTrapsTest {

    private static final String CORPUS = "/entity/traps.txt";
    private static final String SEPARATOR = " =>";

    /** One sentence of the corpus, with the line it is on. */
    record Trap(int line, String text, List<String> expected) {

        @Override
        public String toString() {
            return "line " + line + ": " + text.replace("\n", "\\n").replace("\r", "\\r");
        }
    }

    @Autowired
    JdbcClient jdbc;

    private EntityRecogniser recogniser;

    @BeforeEach
    void readTheGazetteer() {
        recogniser = new EntityRecogniser(EntityTagger.loadGazetteer(jdbc));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void eachSentenceNamesExactlyItsEntities(Trap trap) {
        List<Mention> mentions = recogniser.find(trap.text());

        assertThat(mentions.stream().map(mention -> mention.entity().slug()).toList())
                .as(
                        "%s; the words found: %s",
                        trap,
                        mentions.stream()
                                .map(mention -> trap.text().substring(mention.start(), mention.end()))
                                .toList())
                .containsExactlyElementsOf(trap.expected());
    }

    @Test
    void theCorpusIsReadAsWritten() {
        List<Trap> traps = traps();

        assertThat(traps).hasSizeGreaterThan(40);
        assertThat(traps)
                .filteredOn(trap -> trap.text().startsWith("Crowds filled Kim Il Sung\nSquare"))
                .singleElement()
                .satisfies(trap -> assertThat(trap.expected()).containsExactly("kim-il-sung-square"));
        assertThat(traps)
                .filteredOn(trap -> trap.text().equals("They met at Vostochny."))
                .singleElement()
                .satisfies(trap -> assertThat(trap.expected()).isEmpty());
        assertThat(unescape("a\\u00A0b\\u2019s\\tc\\\\n")).isEqualTo("a\u00A0b\u2019s\tc\\n");
    }

    static List<Trap> traps() {
        String[] lines = corpus().split("\n", -1);
        List<Trap> traps = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int separator = line.lastIndexOf(SEPARATOR);
            if (separator < 0) {
                throw new IllegalStateException(CORPUS + ", line " + (i + 1) + ": no \"=>\" in \"" + line + "\"");
            }
            String entities = line.substring(separator + SEPARATOR.length()).strip();
            traps.add(new Trap(
                    i + 1,
                    unescape(line.substring(0, separator)),
                    entities.isEmpty()
                            ? List.of()
                            : Arrays.stream(entities.split(","))
                                    .map(String::strip)
                                    .toList()));
        }
        return traps;
    }

    private static String corpus() {
        try (InputStream in = GazetteerTrapsTest.class.getResourceAsStream(CORPUS)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a case: \n, \r, \t, \\ and \\uXXXX as in Java. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
