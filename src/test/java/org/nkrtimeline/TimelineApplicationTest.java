package org.nkrtimeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkrtimeline.commandline.Terminal;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationHook;

/**
 * The entry point's command line with the real commands. Help, a mistyped command and a command without
 * its arguments answer at once: each case runs under a hook that fails the test the moment any Spring
 * application starts, before it even reads its configuration.
 */
class TimelineApplicationTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final SpringApplicationHook NO_SPRING = application -> {
        throw new SpringStarted();
    };

    private OptionalInt launchWithoutSpring(String... args) {
        Terminal terminal = new Terminal(
                null,
                new BufferedReader(new StringReader("a password that is long enough\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return SpringApplication.withHook(
                NO_SPRING, () -> TimelineApplication.LAUNCHER.run(TimelineApplication.class, args, terminal));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsBothCommandsWithTheirArgumentsAndExitStatuses() {
        assertThat(launchWithoutSpring("--help")).hasValue(0);

        assertThat(out())
                .contains("Usage: java -jar nkr-timeline.jar [--NAME=VALUE...]")
                .contains("  import [--publish] FILE|DIRECTORY...\n      Imports article files")
                .contains("      Exit status: 0 no file rejected, 1 some rejected")
                .contains("  add-editor USERNAME\n      Creates an editor account.")
                .contains("at least 12 characters")
                .contains("2 a wrong command line");
        assertThat(err()).isEmpty();
    }

    @Test
    void aMistypedCommandSuggestsTheRightOneAndIsAUsageError() {
        assertThat(launchWithoutSpring("imprt", "x.txt")).hasValue(2);
        assertThat(launchWithoutSpring("add-editr", "alice")).hasValue(2);

        assertThat(err())
                .contains("Unknown command \"imprt\". Did you mean import?\n")
                .contains("Unknown command \"add-editr\". Did you mean add-editor?\n")
                .contains("Commands:");
    }

    @Test
    void importWithoutFilesPrintsItsUsageAndExitsTwo() {
        assertThat(launchWithoutSpring("import")).hasValue(2);

        assertThat(err())
                .startsWith("Usage: java -jar nkr-timeline.jar import [--publish] FILE|DIRECTORY...\n")
                .contains("Exit status: 0 no file rejected");
    }

    @Test
    void addEditorWithoutAUsernamePrintsItsUsageAndExitsTwo() {
        assertThat(launchWithoutSpring("add-editor")).hasValue(2);

        assertThat(err()).startsWith("Usage: java -jar nkr-timeline.jar add-editor USERNAME\n");
    }

    @Test
    void aCommandsHelpIsItsUsage() {
        assertThat(launchWithoutSpring("import", "--help")).hasValue(0);
        assertThat(launchWithoutSpring("help", "add-editor")).hasValue(0);

        assertThat(out())
                .startsWith("Usage: java -jar nkr-timeline.jar import [--publish] FILE|DIRECTORY...\n")
                .contains("Usage: java -jar nkr-timeline.jar add-editor USERNAME\n");
    }

    @Test
    void noArgumentsAndSpringBootPropertiesAreLeftToTheWebApp() {
        assertThat(launchWithoutSpring()).isEmpty();
        assertThat(launchWithoutSpring("--server.port=9090")).isEmpty();
        assertThat(out() + err()).isEmpty();
    }

    /** The control: the hook does notice a command that starts Spring (here, an import of one file). */
    @Test
    void theHookNoticesACommandThatStartsSpring(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("article.txt"), "A text.\n");

        assertThatThrownBy(() -> launchWithoutSpring("import", file.toString())).isInstanceOf(SpringStarted.class);
    }

    /** Thrown by the hook, so that no Spring application gets past its first step. */
    private static final class SpringStarted extends AssertionError {
        SpringStarted() {
            super("A Spring application started");
        }
    }
}
