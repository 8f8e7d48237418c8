package org.nkrtimeline;

import java.util.List;
import java.util.OptionalInt;
import org.nkrtimeline.commandline.Launcher;
import org.nkrtimeline.commandline.Terminal;
import org.nkrtimeline.editorial.account.AddEditorCommand;
import org.nkrtimeline.editorial.importing.ImportCommand;
import org.nkrtimeline.index.ReindexCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TimelineApplication {

    /** The command line's commands, in the order the usage lists them. */
    static final Launcher LAUNCHER =
            new Launcher(List.of(new ImportCommand(), new AddEditorCommand(), new ReindexCommand()));

    /**
     * No arguments, or only options (Spring Boot properties such as {@code --server.port=9090}), start the
     * web app; a command, {@code --help} or {@code --version} run and exit without it ({@link Launcher}).
     */
    public static void main(String[] args) {
        OptionalInt exit = LAUNCHER.run(TimelineApplication.class, args, Terminal.system());
        if (exit.isPresent()) {
            System.exit(exit.getAsInt());
        }
        SpringApplication.run(TimelineApplication.class, args);
    }
}
