package org.nkrtimeline.index;

import org.nkrtimeline.commandline.Command;
import org.nkrtimeline.commandline.CommandLine;
import org.nkrtimeline.commandline.Terminal;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar app.jar reindex}: asks every instance of the app that uses the configured database
 * to rebuild its read index from the database, by recording the request in the index's outbox (V20).
 * A running instance starts within a second and keeps serving its current index until the new one is
 * complete; one not running rebuilds at its next start. Exits 0 when the request is recorded, 1 when
 * the database cannot be reached, 2 for a wrong command line.
 */
public final class ReindexCommand implements Command {

    static final String USAGE = """
            reindex
            Rebuilds the read index of every instance of the app from the database: running instances within
            a second (they serve the old index until the new one is complete), others at their next start;
            and the OpenSearch index, where instances keep one (timeline.opensearch.url).
            Exit status: 0 asked for, 1 the database could not be reached, 2 a wrong command line.
            """;

    @Override
    public String name() {
        return "reindex";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    @Override
    public int run(Class<?> application, String[] args, Terminal terminal) {
        if (args.length != 0) {
            terminal.err().print(Command.usageMessage(USAGE));
            return 2;
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application)) {
            context.getBean(IndexOutbox.class).requestRebuild();
            terminal.out()
                    .println("Asked every instance to rebuild its read index from "
                            + context.getEnvironment().getProperty("spring.datasource.url")
                            + ", and the OpenSearch index if they keep one. Each logs its progress"
                            + " (\"Building the read index\", \"Building the OpenSearch index\").");
            return 0;
        } catch (RuntimeException e) {
            terminal.err().println("The rebuild could not be asked for: " + e.getMessage());
            return 1;
        }
    }
}
