package org.nkrtimeline.commandline;

/**
 * A command of the application's command line, {@code java -jar nkr-timeline.jar NAME ARGUMENTS...}: it
 * runs against the app's database without the web server. Each command writes its own usage; the
 * {@link Launcher} lists them all in the usage, finds the one a command line names and runs it.
 */
public interface Command {

    /** How the usage writes the program. */
    String PROGRAM = "java -jar nkr-timeline.jar";

    /** The word that selects it, such as {@code import}. */
    String name();

    /**
     * Its usage: a first line of its name and arguments ({@code import FILE|DIRECTORY...}), then lines of
     * at most 100 characters on what it does, its options and its exit statuses.
     */
    String usage();

    /** Runs it with the arguments after its name, and returns the exit status of the process. */
    int run(Class<?> application, String[] args, Terminal terminal);

    /** A command's usage as printed for a wrong command line, or for {@code help NAME}. */
    static String usageMessage(String usage) {
        return "Usage: " + PROGRAM + " " + usage.strip() + "\n";
    }
}
