package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nkrtimeline.editorial.importing.ArticleImporter;
import org.nkrtimeline.editorial.importing.Publish;
import org.nkrtimeline.editorial.importing.SourceFile;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.OpenSearchNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An instance whose pages read the OpenSearch cluster's index keeps no read index of its own, and
 * still gives what one gave: readiness once the index it reads is built, an editor's change on the
 * very next page (and a response, if the cluster cannot take it), anyone's change within 2 seconds,
 * and an outbox kept a week long.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class InstanceReadingOpenSearchTest extends EditorWebTest {

    private static final String WORD = "Quetzalcoatlesque";

    private static OpenSearchNode node;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry properties) throws IOException {
        node = OpenSearchNode.start();
        properties.add("timeline.opensearch.url", node::url);
        properties.add("timeline.opensearch.reads", () -> "true");
        properties.add("timeline.opensearch.index", () -> "instance-test");
    }

    @AfterAll
    static void stopOpenSearch() throws Exception {
        node.close();
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleImporter importer;

    @Autowired
    ObjectMapper json;

    @Autowired
    HealthEndpoint readiness;

    @Autowired
    IndexOutbox outbox;

    @Value("${timeline.index.directory}")
    Path indexDirectory;

    private String slug;

    @BeforeEach
    void anImportedArticleOnceTheIndexIsBuilt() throws IOException {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        Status.UP.equals(readiness.healthForPath("readiness").getStatus()));
        try (InputStream in = getClass().getResourceAsStream("/import/kursk-deminers.txt")) {
            slug = importer.importFile(new SourceFile("kursk-deminers.txt", in.readAllBytes()), Publish.NOW)
                    .slug();
        }
    }

    @Test
    void itKeepsNoReadIndexOfItsOwn() throws IOException {
        assertThat(context.getBean(ReadIndex.class)).isInstanceOf(OpenSearchReads.class);
        assertThat(context.getBeanProvider(ArticleIndex.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(Indexer.class).getIfAvailable()).isNull();
        try (Stream<Path> files = Files.list(indexDirectory)) {
            assertThat(files).as("nothing written to %s", indexDirectory).isEmpty();
        }
        assertThat(context.getBeanProvider(OutboxPruning.class).getIfAvailable())
                .as("the outbox is still pruned")
                .isNotNull();
    }

    @Test
    void itIsNotReadyUntilTheIndexItReadsIsBuilt() {
        ReadIndex notBuilt = new OpenSearchReads(json, node.url(), "", "", "never-built");

        assertThat(new ReadIndexHealthIndicator(notBuilt).health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(new ReadIndexHealthIndicator(context.getBean(ReadIndex.class))
                        .health()
                        .getStatus())
                .isEqualTo(Status.UP);
    }

    @Test
    void anEditorsChangeIsOnTheVeryNextPage() {
        EditorSession editor = newEditor("ana");

        editor.submit(
                editor.getOk("/editor/articles/" + slug),
                "form.editor-form",
                Map.of("metadata.headline", "Deminers for Kursk " + WORD));

        assertThat(getOk("/?q=" + WORD).select(".entry-headline").text()).contains("Deminers for Kursk " + WORD);
    }

    /** The change is safe in the database: its response waits for the cluster 3 s at most, and the log says so. */
    @Test
    void aChangeMadeHereWhileTheClusterCannotBeReachedIsAnsweredAllTheSame(CapturedOutput output) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OpenSearchReads unreachable = new OpenSearchReads(json, "http://127.0.0.1:" + closedPort, "", "", "any");
        OpenSearchOwnChanges ownChanges = new OpenSearchOwnChanges(
                unreachable, outbox, new StaticListableBeanFactory().getBeanProvider(OpenSearchIndexer.class));

        ownChanges.changedHere();

        assertThat(output.getOut()).contains("was not searchable in OpenSearch after 3 s");
    }

    @Test
    void aChangeMadeBySqlReachesPagesWithinTwoSeconds() {
        jdbc.sql("update article set headline = ? where slug = ?")
                .params("Changed by hand " + WORD, slug)
                .update();

        await().atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(50))
                .until(() ->
                        getOk("/?q=" + WORD).select(".entry-headline").text().contains("Changed by hand"));
    }
}
