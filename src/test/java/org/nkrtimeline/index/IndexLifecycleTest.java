package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nkrtimeline.support.SeedArticles;
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
    }

    private void startUp() {
        index = new ArticleIndex(directory);
        indexer = new Indexer(index, outbox, Duration.ofMillis(100), 7);
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
        return index.read(IndexReading::articles);
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
        Iterator<IndexedArticle> dying = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public IndexedArticle next() {
                if (given == 2) {
                    throw new IllegalStateException("connection lost halfway");
                }
                if (given >= all.size()) {
                    throw new NoSuchElementException();
                }
                return all.get(given++);
            }
        };

        assertThatThrownBy(() -> index.replaceAll(dying, new IndexPosition(Long.MAX_VALUE), written -> {}))
                .hasMessageContaining("halfway");

        // Pages still read the whole index, and a restart finds it as it was at its last commit.
        assertThat(articles()).isEqualTo(publicArticles());
        shutDown();
        ArticleIndex reopened = new ArticleIndex(directory);
        try {
            assertThat(reopened.open(outbox.origin().id())).isEqualTo(new ArticleIndex.Found.Usable(before));
        } finally {
            reopened.destroy();
        }
        startUp();
        assertThat(articles()).isEqualTo(publicArticles());
        int counted = index.read(reading -> reading.count(new MatchAllDocsQuery()));
        assertThat(counted).isEqualTo(5);
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
                    .isEqualTo(new ArticleIndex.Found.Unusable(
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

    private static int builds(CapturedOutput output) {
        return occurrences(output, "Building the read index");
    }

    private static int occurrences(CapturedOutput output, String text) {
        return output.getOut().split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }
}
