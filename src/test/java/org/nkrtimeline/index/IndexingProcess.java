package org.nkrtimeline.index;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The read index's indexer alone, in a JVM of its own, for IndexLifecycleTest to kill: it starts the
 * indexer as the app does, on the index directory and the database it is given, and says on its
 * output how far it got. The arguments: the index directory, the database's JDBC URL, user and
 * password, and after how many articles a rebuild stops.
 *
 * <p>Its lines: {@code written N} as a rebuild hands the writer its Nth article, {@code batch K} as a
 * catch-up reads the articles of its Kth batch of changes, {@code committed SEQ} after each commit,
 * {@code started} once the indexer is up to date. A rebuild stops after the given number of articles,
 * and a catch-up before its second batch, and each waits there until the test kills it: the kill lands
 * in the middle of the work however fast the machine is, never after it, and no timing is guessed.
 */
final class IndexingProcess {

    private IndexingProcess() {}

    public static void main(String[] args) throws IOException {
        // Its output is its progress and the indexer's own log, not every JDBC call logged at DEBUG.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.INFO);
        Path directory = Path.of(args[0]);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(args[1], args[2], args[3]);
        long stopAfter = Long.parseLong(args[4]);
        ArticleIndex index = new ArticleIndex(directory) {
            @Override
            public synchronized void apply(
                    List<IndexedArticle> articles, Collection<Long> removed, IndexPosition position)
                    throws IOException {
                super.apply(articles, removed, position);
                say("committed " + position.seq());
            }

            @Override
            public synchronized void replaceAll(
                    Iterator<IndexedArticle> articles, IndexPosition position, LongConsumer progress)
                    throws IOException {
                super.replaceAll(articles, position, written -> {
                    progress.accept(written);
                    say("written " + written);
                    if (written >= stopAfter) {
                        waitToBeKilled();
                    }
                });
                say("committed " + position.seq());
            }
        };
        IndexOutbox outbox = new IndexOutbox(JdbcClient.create(dataSource), dataSource) {
            private int batches;

            @Override
            List<IndexedArticle> articles(Collection<Long> ids) {
                say("batch " + ++batches);
                if (batches > 1) {
                    waitToBeKilled();
                }
                return super.articles(ids);
            }
        };
        Indexer indexer = new Indexer(index, outbox, Duration.ofHours(1));
        indexer.start();
        say("started");
        indexer.stop();
        index.destroy();
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /**
     * Blocks on the standard input, which the test never writes to, until the test kills the process.
     * Should the test be gone (the pipe closed), the process ends too, without finishing its work.
     */
    private static void waitToBeKilled() {
        try {
            while (System.in.read() >= 0) {
                // Nothing is ever sent: a byte changes nothing.
            }
        } catch (IOException e) {
            // The pipe broke: the test is gone.
        }
        Runtime.getRuntime().halt(1);
    }
}
