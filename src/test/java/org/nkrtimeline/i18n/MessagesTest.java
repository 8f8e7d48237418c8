package org.nkrtimeline.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.collection.EntityKind;
import org.nkrtimeline.editorial.edit.ArticleField;
import org.nkrtimeline.overview.Granularity;
import org.nkrtimeline.timeline.Axis;
import org.nkrtimeline.timeline.SortOrder;

/**
 * messages.properties against the code that reads it: every key the templates and the Java code ask
 * for exists, none is left unused, and every message and date pattern is well formed.
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    /** #{key}, #{key(args)}, #messages.msg('key') and the overview fragment's overview.text('key'). */
    private static final Pattern TEMPLATE_KEY =
            Pattern.compile("#\\{([\\w.]+)|#messages\\.msg\\('([\\w.]+)'|overview\\.text\\('([\\w.]+)'");

    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    /** A single quote that is not part of '' starts quoted text in a MessageFormat and swallows what follows. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String resource) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(resource), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }

    private static Properties english() throws IOException {
        return load("src/main/resources/messages.properties");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith(suffix)).forEach(file -> {
                Matcher matcher = pattern.matcher(read(file));
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        if (matcher.group(group) != null) {
                            found.add(matcher.group(group));
                        }
                    }
                }
            });
        }
        return found;
    }

    /** The keys the enums carry for templates and Java texts. */
    private static Set<String> enumKeys() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(Axis.values()).forEach(axis -> keys.add(axis.inSentenceKey()));
        Arrays.stream(SortOrder.values()).forEach(order -> keys.add(order.inSentenceKey()));
        Arrays.stream(EntityKind.values()).forEach(kind -> keys.addAll(Set.of(kind.singularKey(), kind.pluralKey())));
        Arrays.stream(Granularity.values())
                .forEach(granularity -> keys.addAll(
                        Set.of(granularity.nounKey(), granularity.columnHeadingKey(), granularity.countsHeadingKey())));
        Arrays.stream(ArticleField.values()).forEach(field -> keys.add(field.labelKey()));
        return keys;
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        Set<String> used = matches(TEMPLATES, ".html", TEMPLATE_KEY);

        assertThat(used).hasSizeGreaterThan(200);
        assertThat(english().stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyKeyTheJavaCodeUsesExists() throws IOException {
        Set<String> keys = english().stringPropertyNames();
        Set<String> literals = new TreeSet<>();
        // In the classes that read messages, every dotted lower-case literal is a message key; elsewhere,
        // those of a statement that names a message for later (new i18n.Message, i18n.FormErrors).
        try (Stream<Path> files = Files.walk(JAVA)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String source = read(file);
                List<String> parts = source.contains("SiteText")
                        ? List.of(source)
                        : Arrays.stream(source.split(";"))
                                .filter(statement ->
                                        statement.contains("new Message(") || statement.contains("FormErrors."))
                                .toList();
                for (String part : parts) {
                    Matcher matcher = JAVA_LITERAL.matcher(part);
                    while (matcher.find()) {
                        literals.add(matcher.group(1));
                    }
                }
            });
        }

        assertThat(literals)
                .contains(
                        "dates.lag.later",
                        "overview.summary.empty",
                        "error.404.title",
                        "related.entity",
                        "filter.date.shape",
                        "metadata.error.headline.required",
                        "import.error.headerDay");
        assertThat(keys).containsAll(literals).containsAll(enumKeys());
    }

    @Test
    void noMessageIsLeftUnused() throws IOException {
        Set<String> used = new TreeSet<>(matches(TEMPLATES, ".html", TEMPLATE_KEY));
        used.addAll(matches(JAVA, ".java", JAVA_LITERAL));
        used.addAll(enumKeys());

        assertThat(new TreeSet<>(english().stringPropertyNames()))
                .as("keys nothing reads")
                .allMatch(used::contains);
    }

    @Test
    void everyMessageIsAWellFormedMessageFormat() throws IOException {
        Properties messages = english();

        assertThat(messages.stringPropertyNames()).allSatisfy(key -> {
            String message = messages.getProperty(key);
            assertThat(message).as(key).isNotBlank().doesNotMatch("(?s).*" + LONE_APOSTROPHE.pattern() + ".*");
            assertThatCode(() -> new MessageFormat(message, Locale.ENGLISH).format(new Object[] {2L, "2", "x"}))
                    .as(key)
                    .doesNotThrowAnyException();
        });
    }

    @Test
    void everyDatePatternFormatsADate() throws IOException {
        Properties messages = english();
        Set<String> patterns = new TreeSet<>(messages.stringPropertyNames());
        patterns.removeIf(key -> !key.startsWith("date."));

        assertThat(patterns)
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(key -> assertThat(DateTimeFormatter.ofPattern(messages.getProperty(key), Locale.ENGLISH)
                                .format(LocalDate.of(2023, 9, 13).atTime(10, 5, 7)))
                        .as(key)
                        .isNotBlank());
    }

    @Test
    void aTranslationOnlyTranslatesKeysThatExist() throws IOException {
        Properties german = load("src/test/resources/messages_de.properties");

        assertThat(english().stringPropertyNames()).containsAll(german.stringPropertyNames());
    }
}
