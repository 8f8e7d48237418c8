package org.nkrtimeline.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * What a command line asks for, with two stand-in commands: nothing here starts Spring (the commands
 * only record their arguments), so "the web app" is the empty answer the caller acts on.
 */
class LauncherTest {

    private final Recording publish =
            new Recording("publish", "publish SLUG\nPublishes an article.\nExit status: 0.", 0);
    private final Recording addEditor =
            new Recording("add-editor", "add-editor USERNAME\nCreates an editor.\nExit status: 0, 1 or 2.", 1);
    private final Launcher launcher = new Launcher(List.of(publish, addEditor));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt run(String... args) {
        return launcher.run(
                LauncherTest.class,
                args,
                new Terminal(
                        null,
                        new BufferedReader(new StringReader("")),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsOrOnlySpringBootPropertiesAreTheWebApp() {
        assertThat(run()).isEmpty();
        assertThat(run("--server.port=9090")).isEmpty();
        assertThat(run("--spring.profiles.active=demo", "--debug")).isEmpty();
        assertThat(run("--server.port=9090", "publish"))
                .as("a command only comes first")
                .isEmpty();

        assertThat(out() + err()).isEmpty();
        assertThat(publish.runs).isEmpty();
    }

    @Test
    void helpListsEveryCommandWithItsUsageAndTheExitStatusesOnStandardOutput() {
        for (String[] help : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"help"})) {
            out.reset();

            assertThat(run(help)).as(String.join(" ", help)).hasValue(0);

            assertThat(out())
                    .startsWith("Usage: java -jar nkr-timeline.jar [--NAME=VALUE...]\n")
                    .contains("       java -jar nkr-timeline.jar COMMAND [ARGUMENTS...]\n")
                    .contains("Commands:\n  publish SLUG\n      Publishes an article.\n      Exit status: 0.\n")
                    .contains("  add-editor USERNAME\n      Creates an editor.\n")
                    .contains("Exit status: 0 done")
                    .contains("2 a wrong command line");
        }
        assertThat(err()).isEmpty();
        assertThat(publish.runs).isEmpty();
    }

    @Test
    void helpAmongSpringBootPropertiesIsStillHelp() {
        assertThat(run("--server.port=9090", "--help")).hasValue(0);

        assertThat(out()).startsWith("Usage: ");
    }

    @Test
    void aCommandsOwnHelpPrintsItsUsageWithoutRunningIt() {
        assertThat(run("help", "publish")).hasValue(0);
        assertThat(run("publish", "--help")).hasValue(0);
        assertThat(run("publish", "-h")).hasValue(0);

        assertThat(out())
                .isEqualTo("Usage: java -jar nkr-timeline.jar publish SLUG\nPublishes an article.\nExit status: 0.\n"
                        .repeat(3));
        assertThat(publish.runs).isEmpty();
    }

    @Test
    void aCommandRunsWithTheArgumentsAfterItsNameAndItsStatusIsTheExitStatus() {
        assertThat(run("add-editor", "alice")).hasValue(1);
        assertThat(run("publish", "a-slug", "--server.port=1")).hasValue(0);

        assertThat(addEditor.runs).containsExactly(List.of("alice"));
        assertThat(publish.runs).containsExactly(List.of("a-slug", "--server.port=1"));
        assertThat(out() + err()).isEmpty();
    }

    @Test
    void anUnknownCommandSuggestsTheClosestNameAndPrintsTheUsageOnStandardErrorWithStatusTwo() {
        assertThat(run("pubilsh", "a-slug")).hasValue(Launcher.USAGE_ERROR);

        assertThat(err())
                .startsWith("Unknown command \"pubilsh\". Did you mean publish?\n\nUsage: ")
                .contains("Commands:");
        assertThat(out()).isEmpty();
        assertThat(publish.runs).isEmpty();
    }

    @Test
    void anUnknownCommandFarFromEveryNameGetsNoSuggestion() {
        assertThat(run("frobnicate")).hasValue(2);
        assertThat(run("help", "frobnicate")).hasValue(2);

        assertThat(err()).contains("Unknown command \"frobnicate\".\n").doesNotContain("Did you mean");
    }

    @Test
    void aPropertyWithoutItsDashesIsToldHowToWriteIt() {
        assertThat(run("server.port=9090")).hasValue(2);

        assertThat(err())
                .startsWith("Unknown command \"server.port=9090\". Spring Boot properties start with two dashes:"
                        + " --server.port=9090\n");
    }

    @Test
    void suggestionsForgiveOneOrTwoSlipsCaseAndAnAbbreviation() {
        assertThat(launcher.closest("pubish")).hasValue("publish");
        assertThat(launcher.closest("pbulish")).hasValue("publish");
        assertThat(launcher.closest("PUBLISH")).hasValue("publish");
        assertThat(launcher.closest("add")).hasValue("add-editor");
        assertThat(launcher.closest("addeditor")).hasValue("add-editor");
        assertThat(launcher.closest("hlep")).hasValue("help");
        assertThat(launcher.closest("hello")).isEmpty();
        assertThat(launcher.closest("x")).isEmpty();
    }

    @Test
    void theDistanceCountsEditsAndSwapsOfNeighbours() {
        assertThat(Launcher.distance("import", "import")).isZero();
        assertThat(Launcher.distance("imprt", "import")).isEqualTo(1);
        assertThat(Launcher.distance("improt", "import")).isEqualTo(1);
        assertThat(Launcher.distance("", "import")).isEqualTo(6);
        assertThat(Launcher.distance("export", "import")).isEqualTo(2);
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        assertThat(run("--version")).hasValue(0);

        assertThat(out()).startsWith("nkr-timeline ").contains("Spring Boot 3.").contains("Java ");
    }

    private static final class Recording implements Command {

        private final String name;
        private final String usage;
        private final int status;
        final List<List<String>> runs = new ArrayList<>();

        Recording(String name, String usage, int status) {
            this.name = name;
            this.usage = usage;
            this.status = status;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String usage() {
            return usage;
        }

        @Override
        public int run(Class<?> application, String[] args, Terminal terminal) {
            runs.add(List.of(args));
            return status;
        }
    }
}
