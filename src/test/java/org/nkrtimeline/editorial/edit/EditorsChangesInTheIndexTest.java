package org.nkrtimeline.editorial.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.editorial.account.EditorAccounts;
import org.nkrtimeline.support.Editorial;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.timeline.TimelineCursor;
import org.nkrtimeline.timeline.TimelineFilter;
import org.nkrtimeline.timeline.TimelineRepository;
import org.nkrtimeline.timeline.TimelineView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor's save reaches the read index before the save returns: the editor's next page, and any
 * reader's on this instance, shows it at once (other instances within the outbox's poll, 250 ms).
 * Called here as the edit form's controller calls it, with no request and so no test harness between.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorsChangesInTheIndexTest {

    /** These tests read one entry per article (TimelineByEventTest reads the events view). */
    private static final TimelineFilter ALL_ARTICLES = TimelineFilter.ALL.withView(TimelineView.ARTICLES);

    @Autowired
    ArticleEditor editor;

    @Autowired
    EditorAccounts accounts;

    @Autowired
    TimelineRepository timeline;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    private List<String> slugs() {
        return timeline.findEntries(ALL_ARTICLES, TimelineCursor.FIRST_PAGE, 50).stream()
                .map(TimelineRepository.EntryRow::slug)
                .toList();
    }

    @Test
    void aSavedCorrectionIsInTheIndexWhenTheSaveReturns() {
        long editorId =
                accounts.create("index-freshness", "a long enough password").id();
        try {
            EditableArticle d = editor.load(SeedArticles.D);
            editor.save(
                    d.slug(), d.version(), d.metadata(), d.source(), Set.copyOf(d.entities()), true, false, editorId);

            assertThat(slugs()).doesNotContain(SeedArticles.D).hasSize(4);

            EditableArticle hidden = editor.load(SeedArticles.D);
            editor.save(
                    hidden.slug(),
                    hidden.version(),
                    hidden.metadata(),
                    hidden.source(),
                    Set.copyOf(hidden.entities()),
                    false,
                    false,
                    editorId);

            assertThat(slugs()).contains(SeedArticles.D).hasSize(5);
        } finally {
            Editorial.reset(jdbc);
        }
    }

    @Test
    void aSaveWhileAnotherWriterHoldsTheOutboxIsInTheIndexWhenTheSaveReturns() throws Exception {
        long editorId =
                accounts.create("index-busy-outbox", "a long enough password").id();
        try (Connection otherWriter = dataSource.getConnection()) {
            // Another transaction writing a change holds the outbox's lock shared (V20) until it ends,
            // so the save's own catch-up finds the outbox busy until then.
            otherWriter.setAutoCommit(false);
            try (Statement statement = otherWriter.createStatement()) {
                statement.execute("select pg_advisory_xact_lock_shared(7270517)");
            }
            CompletableFuture<Void> ends = CompletableFuture.runAsync(
                    () -> {
                        try {
                            otherWriter.commit();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));

            EditableArticle d = editor.load(SeedArticles.D);
            editor.save(
                    d.slug(), d.version(), d.metadata(), d.source(), Set.copyOf(d.entities()), true, false, editorId);

            assertThat(ends)
                    .as("the other writer ended while the save waited for it")
                    .isDone();
            assertThat(slugs()).doesNotContain(SeedArticles.D).hasSize(4);
        } finally {
            Editorial.reset(jdbc);
        }
    }
}
