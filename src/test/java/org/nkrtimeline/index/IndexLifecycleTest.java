package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nkrtimeline.support.Editorial;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance's read index through starts, restarts, damage and crashes, against the test database.
 * Each test runs its own index in a temporary directory beside the test app's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class IndexLifecycleTest {

    @Autowired
    IndexOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path directory;

    private ArticleIndex index;
    private Indexer indexer;

    @BeforeEach
    void noHiddenSeeds() {
        jdbc.sql("update article set hidden = false where hidden").update();
    }

    @AfterEach
    void stop() throws IOException {
        shutDown();
        jdbc.sql("update article set hidden = false where slug = ?")
                .param(SeedArticles.D)
                .update();
        jdbc.sql("delete from article where slug like 'crash-%'").update();
    }

    private void startUp() {
        index = new ArticleIndex(directory);
        indexer = new Indexer(index, outbox, Duration.ofMillis(100));
        indexer.start();
    }

    private void shutDown() throws IOException {
        if (indexer != null) {
            indexer.stop();
            index.destroy();
            indexer = null;
        }
    }

    private int articles() {
        return index.read(LuceneReading::articles);
    }

    private long publicArticles() {
        return jdbc.sql("select count(*) from public_article").query(Long.class).single();
    }

    @Test
    void aMissingIndexIsBuiltFromTheDatabaseBeforeTheAppIsReady(CapturedOutput output) {
        startUp();

        assertThat(index.isReady()).isTrue();
        assertThat(articles()).isEqualTo(publicArticles());
        assertThat(output.getOut()).contains("Building the read index from the database: there is no index in");
    }

    @Test
    void aRebuildLeavesTheIndexInOneSegmentHoweverManyItWroteOnTheWay() {
        generateArticles();
        // A segment every 50 documents: about a dozen on the way, where Lucene's merge policy would leave several.
        index = new ArticleIndex(directory, 50);
        indexer = new Indexer(index, outbox, Duration.ofMillis(100));
        indexer.start();

        assertThat(articles()).isEqualTo(publicArticles()).isEqualTo(Editorial.SEED_ARTICLES + GENERATED);
        assertThat(index.read(LuceneReading::segments)).isEqualTo(1);
    }

    @Test
    void aRestartCatchesUpFromWhereItStoppedWithoutARebuild(CapturedOutput output) throws IOException {
        startUp();
        shutDown();
        jdbc.sql("update article set hidden = true where slug = ?")
                .param(SeedArticles.D)
                .update();
        int buildsBefore = builds(output);

        startUp();

        assertThat(articles()).isEqualTo(publicArticles()).isEqualTo(4);
        assertThat(builds(output)).isEqualTo(buildsBefore);
    }

    @Test
    void aDeletedIndexIsRebuilt(CapturedOutput output) throws IOException {
        startUp();
        shutDown();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }

        startUp();

        assertThat(articles()).isEqualTo(publicArticles());
        assertThat(occurrences(output, "there is no index in " + directory.toAbsolutePath()))
                .isEqualTo(2);
    }

    @Test
    void anUnreadableIndexIsRebuilt(CapturedOutput output) throws IOException {
        startUp();
        shutDown();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals("write.lock"))
                    .toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        startUp();

        assertThat(articles()).isEqualTo(publicArticles());
        assertThat(output.getOut()).contains("the index in " + directory.toAbsolutePath() + " cannot be read");
    }

    @Test
    void aBuildThatDiesHalfwayLeavesTheIndexAsItWasCommittedAndLosesNothing() throws IOException {
        startUp();
        IndexPosition before = index.position();
        List<IndexedArticle> all = outbox.articles(
                jdbc.sql("select id from public_article").query(Long.class).list());
        // The rebuild writes two articles of five, then the database connection dies.
        Iterator<IndexedArticle> dying = new DyingArticles(all, 2);

        assertThatThrownBy(() -> index.replaceAll(dying, new IndexPosition(Long.MAX_VALUE), written -> {}))
                .hasMessageContaining("halfway");

        // Pages still read the whole index, and a restart finds it as it was at its last commit.
        assertThat(articles()).isEqualTo(publicArticles());
        shutDown();
        ArticleIndex reopened = new ArticleIndex(directory);
        try {
            assertThat(reopened.open(outbox.origin().id())).isEqualTo(new IndexTarget.Found.Usable(before));
        } finally {
            reopened.destroy();
        }
        startUp();
        assertThat(articles()).isEqualTo(publicArticles());
        int counted = index.read(reading -> reading.count(new MatchAllDocsQuery()));
        assertThat(counted).isEqualTo(5);
    }

    @Test
    void anIndexingProcessKilledHalfwayThroughARebuildLeavesItsLastCommitAndARestartLosesNothing() throws Exception {
        generateArticles();
        startUp();
        IndexPosition committed = index.position();
        Map<Long, List<String>> asCommitted = indexed(index);
        shutDown();
        edit("crash-7", "headline = 'Crash report quokka'");
        outbox.requestRebuild();

        try (Child child = Child.start(directory, GENERATED / 2)) {
            // Halfway through the rebuild, where it waits: killed in the middle of its work.
            child.await("written " + GENERATED / 2);
            edit("crash-8", "hidden = true");

            assertThat(child.kill()).as("killed, not finished").isEqualTo(KILLED);
            assertThat(child.lines()).noneMatch(line -> line.startsWith("committed"));
        }

        // The index opens as it was last committed, not damaged and so not rebuilt, with what it held.
        ArticleIndex left = new ArticleIndex(directory);
        try {
            assertThat(left.open(outbox.origin().id())).isEqualTo(new IndexTarget.Found.Usable(committed));
            assertThat(indexed(left)).isEqualTo(asCommitted);
        } finally {
            left.destroy();
        }
        // A restart reads on from there: it rebuilds, as was asked, and has every change since.
        startUp();
        assertThat(indexed(index)).isEqualTo(publicArticlesNow()).hasSize(Editorial.SEED_ARTICLES + GENERATED - 1);
        assertThat(matches("quokka")).isEqualTo(1);
        assertThat(matches("crash report 8")).isZero();
    }

    @Test
    void anIndexingProcessKilledInTheMiddleOfACatchUpResumesFromItsLastCommit(CapturedOutput output) throws Exception {
        generateArticles();
        startUp();
        IndexPosition built = index.position();
        shutDown();
        // More changes than one batch of the catch-up: each round changes every generated article.
        int rounds = OutboxFollower.BATCH / GENERATED + 1;
        for (int round = 1; round <= rounds; round++) {
            jdbc.sql("update article set lede = 'Round ' || :round where slug like 'crash-%'")
                    .param("round", round)
                    .update();
        }
        // Null while another reader holds the outbox (the test app's own contexts poll it too).
        IndexPosition last = await().atMost(Duration.ofSeconds(5)).until(outbox::lastChange, Objects::nonNull);

        IndexPosition committed;
        try (Child child = Child.start(directory, Long.MAX_VALUE)) {
            // The first batch is committed; the second is being read.
            child.await("batch 2");
            edit("crash-7", "headline = 'Crash report quokka'");
            edit("crash-8", "hidden = true");

            assertThat(child.kill()).as("killed, not finished").isEqualTo(KILLED);
            List<String> commits = child.lines().stream()
                    .filter(line -> line.startsWith("committed "))
                    .toList();
            assertThat(commits).hasSize(1);
            committed = new IndexPosition(Long.parseLong(commits.get(0).substring("committed ".length())));
        }
        assertThat(committed.seq()).isGreaterThan(built.seq()).isLessThan(last.seq());
        int buildsBefore = builds(output);

        ArticleIndex left = new ArticleIndex(directory);
        try {
            assertThat(left.open(outbox.origin().id())).isEqualTo(new IndexTarget.Found.Usable(committed));
        } finally {
            left.destroy();
        }
        startUp();

        assertThat(builds(output)).as("caught up, not rebuilt").isEqualTo(buildsBefore);
        assertThat(indexed(index)).isEqualTo(publicArticlesNow()).hasSize(Editorial.SEED_ARTICLES + GENERATED - 1);
        assertThat(matches("quokka")).isEqualTo(1);
    }

    @Test
    void theReindexRequestRebuildsARunningIndexWhichKeepsServingMeanwhile(CapturedOutput output) {
        startUp();
        int buildsBefore = builds(output);

        outbox.requestRebuild();

        // Every running instance rebuilds: the test app's own contexts too.
        await().atMost(Duration.ofSeconds(2)).until(() -> builds(output) > buildsBefore);
        assertThat(articles()).isEqualTo(publicArticles());
    }

    @Test
    void anIndexBuiltFromAnotherDatabaseIsNotUsed() throws IOException {
        startUp();
        shutDown();
        ArticleIndex other = new ArticleIndex(directory);
        try {
            assertThat(other.open("another database"))
                    .isEqualTo(new IndexTarget.Found.Unusable(
                            "the index in " + directory.toAbsolutePath() + " was built from another database"));
        } finally {
            other.destroy();
        }
        startUp();

        assertThat(articles()).isEqualTo(publicArticles());
    }

    @Test
    void anEditBySqlReachesTheIndexWithinTwoSeconds() {
        startUp();

        jdbc.sql("update article set hidden = true where slug = ?")
                .param(SeedArticles.D)
                .update();

        await().atMost(Duration.ofSeconds(2)).until(() -> articles() == 4);
    }

    /** Articles enough for a kill to land in the middle of indexing them; added by SQL, removed after. */
    private static final int GENERATED = 600;

    /** How a process killed by SIGKILL exits. */
    private static final int KILLED = 128 + 9;

    private void generateArticles() {
        jdbc.sql("""
                        insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                             content_hash, event_date)
                        select 'crash-' || i, 'Crash report ' || i, 'crash-' || i || '.txt', 'Text ' || i || '.',
                               'Text ' || i || '.', 'Text ' || i || '.', 2, 'crash-' || i, date '2020-01-01' + i
                        from generate_series(1, :n) i""").param("n", GENERATED).update();
    }

    private void edit(String slug, String assignment) {
        jdbc.sql("update article set " + assignment + " where slug = ?")
                .param(slug)
                .update();
    }

    /** Every article in an index, by id: its slug, headline and lede. */
    private static Map<Long, List<String>> indexed(ArticleIndex index) {
        return index.read(reading -> {
            ScoreDoc[] all = reading.search(
                            new MatchAllDocsQuery(),
                            Math.max(1, reading.articles()),
                            new Sort(new SortField(Fields.ID, SortField.Type.LONG)),
                            null)
                    .scoreDocs;
            return reading.stored(all, IndexedArticle.LISTED).stream()
                    .collect(Collectors.toMap(
                            IndexedArticle::id,
                            article -> Arrays.asList(article.slug(), article.headline(), article.lede())));
        });
    }

    /** Every public article in the database, as {@link #indexed} reads the index. */
    private Map<Long, List<String>> publicArticlesNow() {
        return jdbc
                .sql("select id, slug, headline, lede from public_article")
                .query((rs, n) -> Map.entry(
                        rs.getLong("id"),
                        Arrays.asList(rs.getString("slug"), rs.getString("headline"), rs.getString("lede"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** How many articles a reader's search finds. */
    private int matches(String search) {
        return index.read(reading ->
                reading.count(SearchSyntax.parse(search, index.analyzer()).matching()));
    }

    /**
     * {@link IndexingProcess} on this test's index directory and database, its output read line by line
     * as it comes; killed on close, whatever happened.
     */
    private static final class Child implements AutoCloseable {

        private static final String END = "";

        private final Process process;
        private final BlockingQueue<String> pending = new LinkedBlockingQueue<>();
        private final List<String> lines = new ArrayList<>();

        private Child(Process process) {
            this.process = process;
            Thread reader = new Thread(this::read, "indexing-process-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Child start(Path directory, long stopAfter) throws IOException {
            Map<String, Object> database = TestDatabase.properties();
            return new Child(new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx128m",
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            System.getProperty("java.class.path"),
                            IndexingProcess.class.getName(),
                            directory.toString(),
                            database.get("spring.datasource.url").toString(),
                            database.get("spring.datasource.username").toString(),
                            database.get("spring.datasource.password").toString(),
                            Long.toString(stopAfter))
                    .redirectErrorStream(true)
                    .start());
        }

        private void read() {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    pending.add(line);
                }
            } catch (IOException e) {
                // The process is gone: what it wrote is all there is.
            }
            pending.add(END);
        }

        /** Waits for the line {@code expected}, and fails with the output so far if it ends first. */
        void await(String expected) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                String line = pending.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || line.equals(END)) {
                    throw new AssertionError("The indexing process did not say \"" + expected + "\" ("
                            + (line == null ? "timed out" : "its output ended") + "):\n" + String.join("\n", lines));
                }
                lines.add(line);
                if (line.equals(expected)) {
                    return;
                }
            }
        }

        /** SIGKILL; its exit status once it is gone. */
        int kill() throws InterruptedException {
            process.destroyForcibly();
            return process.waitFor();
        }

        /** Every line it wrote, once it is gone (what it wrote before the kill is all read). */
        List<String> lines() throws InterruptedException {
            for (String line = pending.take(); !line.equals(END); line = pending.take()) {
                lines.add(line);
            }
            pending.add(END);
            return lines;
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    private static int builds(CapturedOutput output) {
        return occurrences(output, "Building the read index");
    }

    private static int occurrences(CapturedOutput output, String text) {
        return output.getOut().split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }
}
