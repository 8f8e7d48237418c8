package org.nkrtimeline.editorial.importing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.nkrtimeline.commandline.Command;
import org.nkrtimeline.commandline.CommandLine;
import org.nkrtimeline.commandline.Terminal;
import org.nkrtimeline.i18n.Message;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.NamedInterface;

/**
 * The command-line import: {@code java -jar app.jar import [--publish] FILE|DIRECTORY...}. The same
 * code path as the editors' upload ({@link ArticleImporter}), against the configured database,
 * without a web server. No editor reviews what it imports, so the articles await review (on no public
 * page until an editor publishes them) unless {@value #PUBLISH} says the batch is trusted. Shows a
 * progress bar on standard error and a summary on standard output; exits 0 when no file was
 * rejected, 1 when some were, 2 when the command line itself is wrong.
 */
@NamedInterface("commands")
public final class ImportCommand implements Command {

    public static final String NAME = "import";

    /** The option that publishes the imported articles at once: for batches that need no review. */
    static final String PUBLISH = "--publish";

    static final String USAGE = """
            import [--publish] FILE|DIRECTORY...
            Imports article files (an optional ' date YYYY-MM-DD ' header, then the text, UTF-8);
            a directory imports every .txt file in it. The database is found as for the app (README).
            The articles await review, on no public page until an editor publishes them at /editor;
            --publish publishes them at once, for a batch that needs no review.
            Exit status: 0 no file rejected, 1 some rejected (the summary says why), 2 a wrong command line.
            """;

    private static final int BAR_WIDTH = 30;

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
        return run(application, args, terminal.out(), terminal.err());
    }

    public static int run(Class<?> application, String[] arguments, PrintStream out, PrintStream err) {
        Publish publish = Publish.AFTER_REVIEW;
        List<String> paths = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(PUBLISH)) {
                publish = Publish.NOW;
            } else if (argument.startsWith("--")) {
                err.println("Unknown option: " + argument);
                err.print(Command.usageMessage(USAGE));
                return 2;
            } else {
                paths.add(argument);
            }
        }
        if (paths.isEmpty()) {
            err.print(Command.usageMessage(USAGE));
            return 2;
        }
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            Path given = Path.of(path);
            if (Files.isDirectory(given)) {
                try (Stream<Path> entries = Files.list(given)) {
                    entries.filter(file -> file.getFileName().toString().endsWith(".txt") && Files.isRegularFile(file))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    err.println("Cannot read the directory " + path + ": " + e.getMessage());
                    return 2;
                }
            } else if (Files.isRegularFile(given)) {
                files.add(given);
            } else {
                err.println("No such file or directory: " + path);
                return 2;
            }
        }
        try (ConfigurableApplicationContext context = CommandLine.start(application)) {
            ArticleImporter importer = context.getBean(ArticleImporter.class);
            err.println("Importing %d file%s into %s"
                    .formatted(
                            files.size(),
                            files.size() == 1 ? "" : "s",
                            context.getEnvironment().getProperty("spring.datasource.url")));
            List<ImportOutcome> outcomes = new ArrayList<>();
            for (Path file : files) {
                ImportOutcome outcome = importOne(importer, file, publish);
                outcomes.add(outcome);
                err.print("\r" + bar(outcomes.size(), files.size()) + " " + outcome.fileName() + "\u001b[K");
            }
            err.println();
            ImportSummary summary = new ImportSummary(outcomes);
            out.println(summaryText(summary));
            return summary.rejected().isEmpty() ? 0 : 1;
        }
    }

    private static ImportOutcome importOne(ArticleImporter importer, Path file, Publish publish) {
        String name = SourceFile.displayName(file.getFileName().toString());
        try {
            if (Files.size(file) > SourceFile.MAX_BYTES) {
                return ImportOutcome.rejected(name, SourceFile.tooLarge(name));
            }
            return importer.importFile(SourceFile.of(file, Files.readAllBytes(file)), publish);
        } catch (IOException e) {
            return ImportOutcome.rejected(
                    name, new Message("import.error.cannotRead", name, String.valueOf(e.getMessage())));
        }
    }

    static String bar(int done, int total) {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total;
    }

    private static String publicationText(ImportOutcome.Publication publication) {
        return switch (publication) {
            case PUBLISHED -> " (published)";
            case AWAITING_REVIEW -> " (awaiting review)";
            case HEADLINE_NEEDED ->
                " (awaiting review: no headline could be proposed from the first sentence, an editor must write one)";
        };
    }

    static String summaryText(ImportSummary summary) {
        StringBuilder text = new StringBuilder();
        text.append("Imported: ")
                .append(summary.count(ImportOutcome.Status.IMPORTED))
                .append('\n');
        for (ImportOutcome outcome : summary.outcomes()) {
            if (outcome.status() == ImportOutcome.Status.IMPORTED) {
                text.append("  ")
                        .append(outcome.fileName())
                        .append(" -> /articles/")
                        .append(outcome.slug())
                        .append(publicationText(outcome.publication()))
                        .append('\n');
            }
        }
        if (summary.awaitingReview() > 0) {
            text.append("Awaiting review: ")
                    .append(summary.awaitingReview())
                    .append(" (on no public page until an editor publishes them at /editor; ")
                    .append(PUBLISH)
                    .append(" publishes a trusted batch at once)\n");
        }
        text.append("Skipped as duplicates: ")
                .append(summary.count(ImportOutcome.Status.DUPLICATE))
                .append('\n');
        for (ImportOutcome outcome : summary.outcomes()) {
            if (outcome.status() == ImportOutcome.Status.DUPLICATE) {
                text.append("  ")
                        .append(outcome.fileName())
                        .append(outcome.slug() == null ? "" : " (already /articles/" + outcome.slug() + ")")
                        .append('\n');
            }
        }
        text.append("Rejected: ").append(summary.rejected().size());
        for (ImportOutcome outcome : summary.rejected()) {
            text.append('\n').append("  ").append(outcome.reason());
        }
        return text.toString();
    }
}
