package org.nkrtimeline.editorial.account;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import org.nkrtimeline.commandline.Command;
import org.nkrtimeline.commandline.CommandLine;
import org.nkrtimeline.commandline.Terminal;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.NamedInterface;

/**
 * {@code java -jar app.jar add-editor USERNAME}: creates an editor account in the configured
 * database. The password is asked for twice on the terminal, without echo; when the input is not a
 * terminal (a script), it is the first line of standard input. It is never an argument, which
 * would leave it in the shell's history and the process list. Exits 0 when the account was made,
 * 1 when it was refused (the reason is printed), 2 for a wrong command line.
 */
@NamedInterface("commands")
public final class AddEditorCommand implements Command {

    public static final String NAME = "add-editor";

    static final String USAGE = """
            add-editor USERNAME
            Creates an editor account. Asks for the password (at least %d characters) twice on the terminal;
            from a script, give it as the first line of standard input.
            Exit status: 0 created, 1 refused (the reason is printed), 2 a wrong command line.
            """.formatted(EditorAccounts.MIN_PASSWORD_LENGTH);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(Class<?> application, String[] args, Terminal terminal) {
        return run(application, args, terminal.console(), terminal.in(), terminal.out(), terminal.err());
    }

    public static int run(
            Class<?> application, String[] args, Console console, BufferedReader in, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.print(Command.usageMessage(USAGE));
            return 2;
        }
        String password;
        try {
            password = readPassword(console, in, err);
        } catch (IOException e) {
            err.println("Cannot read the password: " + e.getMessage());
            return 2;
        }
        if (password == null) {
            return 1;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application)) {
            EditorAccounts.Editor editor = context.getBean(EditorAccounts.class).create(args[0], password);
            out.println("Created editor " + editor.username() + " in "
                    + context.getEnvironment().getProperty("spring.datasource.url")
                    + ". Sign in at /editor/sign-in.");
            return 0;
        } catch (EditorAccounts.InvalidAccountException e) {
            err.println("No editor was created: " + e.getMessage());
            return 1;
        }
    }

    private static String readPassword(Console console, BufferedReader in, PrintStream err) throws IOException {
        if (console == null) {
            String line = in.readLine();
            if (line == null) {
                err.println("No password on standard input.");
            }
            return line;
        }
        char[] first = console.readPassword("Password for the new editor: ");
        char[] second = console.readPassword("The same password again: ");
        if (first == null || second == null || !String.valueOf(first).equals(String.valueOf(second))) {
            err.println("The two passwords differ; no editor was created.");
            return null;
        }
        return String.valueOf(first);
    }
}
