package org.nkrtimeline.commandline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.boot.SpringBootVersion;

/**
 * What a command line asks for, decided before anything of Spring starts: the web app, a command, the
 * usage or the version. Only a first argument that is not an option names a command; options
 * ({@code --name=value}) are Spring Boot properties for the web app, so {@code --server.port=9090} still
 * starts it. {@code -h}, {@code --help} and {@code help} print the usage, {@code help NAME} and
 * {@code NAME --help} a command's, {@code --version} the version; all exit 0. An unknown command prints
 * the closest name, if one is close, and the usage, and exits 2.
 */
public final class Launcher {

    /** The exit status of a wrong command line: an unknown command, a missing or extra argument. */
    public static final int USAGE_ERROR = 2;

    private static final String HELP = "help";
    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help");
    private static final String VERSION_OPTION = "--version";

    private final List<Command> commands;

    public Launcher(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /**
     * Does what the arguments ask for, unless that is the web app: returns the exit status, or nothing when
     * the caller should start the web app with these arguments.
     */
    public OptionalInt run(Class<?> application, String[] args, Terminal terminal) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        String first = args[0];
        if (first.startsWith("-")) {
            List<String> options = Arrays.asList(args);
            if (options.stream().anyMatch(HELP_OPTIONS::contains)) {
                terminal.out().print(usage());
                return OptionalInt.of(0);
            }
            if (options.contains(VERSION_OPTION)) {
                terminal.out().println(version(application));
                return OptionalInt.of(0);
            }
            return OptionalInt.empty();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (first.equals(HELP)) {
            return OptionalInt.of(help(rest, terminal));
        }
        Optional<Command> command = command(first);
        if (command.isEmpty()) {
            return OptionalInt.of(unknown(first, terminal.err()));
        }
        if (rest.length > 0 && HELP_OPTIONS.contains(rest[0])) {
            terminal.out().print(Command.usageMessage(command.get().usage()));
            return OptionalInt.of(0);
        }
        return OptionalInt.of(command.get().run(application, rest, terminal));
    }

    /** The whole usage: how to start the web app, every command's usage, the exit statuses. */
    public String usage() {
        StringBuilder text = new StringBuilder("""
                Usage: %1$s [--NAME=VALUE...]
                       %1$s COMMAND [ARGUMENTS...]
                       %1$s help [COMMAND] | --help | --version

                With no command, starts the web app (http://localhost:8080/); --NAME=VALUE sets any Spring Boot
                property, such as --server.port=9090. A command runs without the web server and takes its
                settings from the environment. Both find the database as README's "How the database is
                found" says (SPRING_DATASOURCE_URL, else PostgreSQL on localhost:5432, else an embedded one).

                Commands:
                """.formatted(Command.PROGRAM));
        for (Command command : commands) {
            List<String> lines = command.usage().strip().lines().toList();
            text.append("  ").append(lines.get(0)).append('\n');
            lines.stream()
                    .skip(1)
                    .forEach(line -> text.append("      ").append(line).append('\n'));
        }
        return text.append("""

                        Exit status: 0 done (or help printed); 1 the command failed, or the web app could not start;
                        2 a wrong command line (an unknown command, a missing argument).
                        """).toString();
    }

    /** The closest command name to a mistyped one, if one is close enough to be what was meant. */
    Optional<String> closest(String typed) {
        String word = typed.toLowerCase(Locale.ROOT);
        return names().stream()
                .filter(name -> distance(word, name) <= (name.length() >= 5 ? 2 : 1)
                        || (word.length() >= 3 && name.startsWith(word)))
                .min(Comparator.comparingInt(name -> distance(word, name)));
    }

    /** The edits (insertions, deletions, substitutions, swaps of neighbours) that turn one word into the other. */
    static int distance(String from, String to) {
        int[][] d = new int[from.length() + 1][to.length() + 1];
        for (int i = 0; i <= from.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= to.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            for (int j = 1; j <= to.length(); j++) {
                int substitution = from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + substitution);
                if (i > 1
                        && j > 1
                        && from.charAt(i - 1) == to.charAt(j - 2)
                        && from.charAt(i - 2) == to.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[from.length()][to.length()];
    }

    static String version(Class<?> application) {
        String version = application.getPackage().getImplementationVersion();
        return "nkr-timeline " + (version == null ? "(a development build: not run from the jar)" : version)
                + " (Spring Boot " + SpringBootVersion.getVersion() + ", Java " + Runtime.version() + ")";
    }

    private int help(String[] args, Terminal terminal) {
        if (args.length == 0) {
            terminal.out().print(usage());
            return 0;
        }
        Optional<Command> command = command(args[0]);
        if (command.isEmpty()) {
            return unknown(args[0], terminal.err());
        }
        terminal.out().print(Command.usageMessage(command.get().usage()));
        return 0;
    }

    private int unknown(String word, PrintStream err) {
        String hint = word.contains("=")
                ? " Spring Boot properties start with two dashes: --" + word
                : closest(word).map(name -> " Did you mean " + name + "?").orElse("");
        err.println("Unknown command \"" + word + "\"." + hint);
        err.println();
        err.print(usage());
        return USAGE_ERROR;
    }

    private Optional<Command> command(String name) {
        return commands.stream().filter(command -> command.name().equals(name)).findFirst();
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        commands.forEach(command -> names.add(command.name()));
        names.add(HELP);
        return names;
    }
}
