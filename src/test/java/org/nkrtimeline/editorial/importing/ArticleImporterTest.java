package org.nkrtimeline.editorial.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkrtimeline.TimelineApplication;
import org.nkrtimeline.article.ArticleService;
import org.nkrtimeline.article.BodyBlock;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.timeline.TimelineFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing article files against real PostgreSQL. Not in a test transaction: each import commits
 * (or rolls back) its own, which is what is tested; what a test imports is deleted after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ArticleImporterTest {

    private static final String TREATY_HEADLINE =
            "Putin signs a partnership treaty with Kim Jong Un on his first visit to Pyongyang in 24 years";

    @Autowired
    ArticleImporter importer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleService articles;

    private long lastSeedId;

    @BeforeEach
    void rememberTheSeeds() {
        lastSeedId = jdbc.sql("select max(id) from article").query(Long.class).single();
    }

    @AfterEach
    void deleteWhatWasImported() {
        jdbc.sql("drop trigger if exists refuse_entities on article_entity").update();
        jdbc.sql("delete from article where id > :last")
                .param("last", lastSeedId)
                .update();
    }

    private static SourceFile resource(String name) {
        try (InputStream in = ArticleImporterTest.class.getResourceAsStream("/import/" + name)) {
            return new SourceFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long articleCount() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    @Test
    void aNewFileIsStoredWithItsTextDatesSearchAndEntities() {
        ImportOutcome outcome = importer.importFile(resource("pyongyang-treaty.txt"), Publish.AFTER_REVIEW);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(outcome.slug())
                .as("at most 80 characters, not ending on \"to\"")
                .isEqualTo("putin-signs-a-partnership-treaty-with-kim-jong-un-on-his-first-visit");
        var stored = jdbc.sql("select headline, published_date, event_date, body_text, source_file"
                        + " from article where slug = :slug")
                .param("slug", outcome.slug())
                .query()
                .singleRow();
        assertThat(stored.get("headline")).isEqualTo(TREATY_HEADLINE);
        assertThat(stored.get("published_date")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2024, 6, 20)));
        assertThat(stored.get("event_date"))
                .as("the file says nothing of the event date; an editor sets it")
                .isNull();
        assertThat((String) stored.get("body_text"))
                .doesNotContain("Advertisement")
                .contains("comprehensive strategic partnership");
        assertThat(stored.get("source_file")).isEqualTo("pyongyang-treaty.txt");
        assertThat(jdbc.sql("""
                select e.slug from article_entity ae join entity e on e.id = ae.entity_id
                join article a on a.id = ae.article_id where a.slug = :slug order by e.slug""")
                        .param("slug", outcome.slug())
                        .query(String.class)
                        .list())
                .contains(
                        "vladimir-putin", "kim-jong-un", "pyongyang", "north-korea", "un-security-council", "ukraine");
        assertThat(jdbc.sql("""
                select t.slug from article_topic at join topic t on t.id = at.topic_id
                join article a on a.id = at.article_id where a.slug = :slug order by t.position""")
                        .param("slug", outcome.slug())
                        .query(String.class)
                        .list())
                .as("the topics the rules propose; the text never says summit, meeting or talks")
                .containsExactly(
                        "arms-military-cooperation", "war-in-ukraine", "sanctions-un", "defence-treaty-troops");
        assertThat(jdbc.sql("select count(*) from article"
                                + " where search_vector @@ websearch_to_tsquery('english_unaccent',"
                                + " '\"comprehensive strategic partnership treaty\"')")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anArticleWithoutAWholeHeadlineToProposeAwaitsReviewUnderItsFilesNameEvenWhenToldToPublish() {
        // Its first sentence has 215 characters and no clause in it.
        ImportOutcome outcome = importer.importFile(resource("tumen-bridge.txt"), Publish.NOW);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(outcome.publication()).isEqualTo(ImportOutcome.Publication.HEADLINE_NEEDED);
        assertThat(outcome.awaitsReview()).isTrue();
        assertThat(outcome.slug()).isEqualTo("tumen-bridge-txt");
        assertThat(jdbc.sql("select headline || ' ' || awaiting_review from article where slug = ?")
                        .param(outcome.slug())
                        .query(String.class)
                        .single())
                .isEqualTo("tumen-bridge.txt true");
        assertThat(publicArticleCount()).isEqualTo(5);
    }

    @Test
    void aPlaceNamedAfterAPersonIsTaggedAndLinkedAsThePlaceNotThePerson() {
        ImportOutcome outcome = importer.importFile(resource("kim-il-sung-square.txt"), Publish.NOW);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.IMPORTED);
        assertThat(jdbc.sql("""
                select e.slug, ae.mention_count from article_entity ae join entity e on e.id = ae.entity_id
                join article a on a.id = ae.article_id where a.slug = :slug""")
                        .param("slug", outcome.slug())
                        .query((row, n) -> Map.entry(row.getString("slug"), row.getInt("mention_count")))
                        .list())
                .as("the headline (proposed from the first sentence) and the two sentences that name the square;"
                        + " nothing names the man it is named after")
                .containsExactlyInAnyOrder(
                        Map.entry("kim-il-sung-square", 3),
                        Map.entry("kim-jong-un", 3),
                        Map.entry("vladimir-putin", 3),
                        Map.entry("pyongyang", 1),
                        Map.entry("north-korea", 1));
        List<String> links = articles.page(outcome.slug(), TimelineFilter.ALL, false).body().stream()
                .flatMap(block -> block.runs().stream())
                .filter(run -> run.href() != null)
                .map(run -> run.pieces().stream().map(BodyBlock.Piece::text).collect(Collectors.joining()) + " -> "
                        + run.href())
                .toList();
        assertThat(links)
                .as("the page links the square's first mention, and nothing to the man")
                .contains("Kim Il Sung Square -> /entities/kim-il-sung-square")
                .noneMatch(link -> link.endsWith(" -> /entities/kim-il-sung"));
    }

    @Test
    void theSameTextImportedTwiceIsOneArticle() {
        SourceFile file = resource("pyongyang-treaty.txt");
        String reformatted = new String(file.bytes(), StandardCharsets.UTF_8)
                .replace("Russia's", "Russia’s")
                .replace(". ", ".  ")
                .replace("Putin thanked", "PUTIN thanked");

        ImportOutcome first = importer.importFile(file, Publish.AFTER_REVIEW);
        ImportOutcome again = importer.importFile(new SourceFile("copy.txt", file.bytes()), Publish.AFTER_REVIEW);
        ImportOutcome retyped = importer.importFile(
                new SourceFile("retyped.txt", reformatted.getBytes(StandardCharsets.UTF_8)), Publish.AFTER_REVIEW);

        assertThat(again).isEqualTo(new ImportOutcome("copy.txt", ImportOutcome.Status.DUPLICATE, first.slug(), null));
        assertThat(retyped.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(articleCount()).isEqualTo(6);
    }

    @Test
    void aSeedArticleImportedAgainIsRecognised() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/db/seeds/articles/003_7f6c460341325119.txt")) {
            seed = in.readAllBytes();
        }

        ImportOutcome outcome = importer.importFile(new SourceFile("003.txt", seed), Publish.AFTER_REVIEW);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
        assertThat(outcome.slug()).isEqualTo(SeedArticles.D);
    }

    @Test
    void oneBadFileInABatchIsRejectedWithItsReasonAndTheOthersImport() {
        ImportSummary summary = new ImportSummary(Stream.of(
                        resource("bad-date.txt"),
                        resource("pyongyang-treaty.txt"),
                        resource("not-utf8.txt"),
                        new SourceFile("empty.txt", new byte[0]))
                .map(file -> importer.importFile(file, Publish.AFTER_REVIEW))
                .toList());

        assertThat(summary.count(ImportOutcome.Status.IMPORTED)).isEqualTo(1);
        assertThat(summary.rejected())
                .extracting(ImportOutcome::fileName)
                .containsExactly("bad-date.txt", "not-utf8.txt", "empty.txt");
        assertThat(summary.rejected().get(0).reason())
                .contains("bad-date.txt")
                .contains("line 1")
                .contains("2024-13-45");
        assertThat(summary.rejected().get(1).reason()).contains("not-utf8.txt").contains("UTF-8");
        assertThat(articleCount()).isEqualTo(6);
    }

    @Test
    void aFailureInsideOneArticlesImportLeavesNothingOfIt() {
        jdbc.sql("""
                create or replace function refuse_entities() returns trigger language plpgsql as $$
                begin raise exception 'refused for the test'; end $$""").update();
        jdbc.sql("create trigger refuse_entities before insert on article_entity"
                        + " for each row execute function refuse_entities()")
                .update();

        ImportOutcome outcome = importer.importFile(resource("pyongyang-treaty.txt"), Publish.AFTER_REVIEW);

        assertThat(outcome.status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(outcome.reason()).startsWith("pyongyang-treaty.txt: the database refused the article");
        assertThat(articleCount())
                .as("the article row was rolled back with its entities")
                .isEqualTo(5);
    }

    @Test
    void theCommandLineImportsAFolderAndSummarises(@TempDir Path folder) throws IOException {
        Files.write(
                folder.resolve("pyongyang-treaty.txt"),
                resource("pyongyang-treaty.txt").bytes());
        Files.write(folder.resolve("bad-date.txt"), resource("bad-date.txt").bytes());
        Files.writeString(folder.resolve("notes.md"), "not an article: only .txt files are imported");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ImportCommand.run(
                TimelineApplication.class,
                new String[] {folder.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as("a rejected file makes the exit status 1").isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Imported: 1\n  pyongyang-treaty.txt -> /articles/putin-signs")
                .contains("Skipped as duplicates: 0")
                .contains("Rejected: 1\n  bad-date.txt, line 1: malformed date header");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[" + "#".repeat(30) + "] 2/2");
        assertThat(articleCount()).isEqualTo(6);
    }

    @Test
    void theCommandLineImportsForReviewUnlessToldToPublish(@TempDir Path folder) throws IOException {
        Path treaty = Files.write(
                folder.resolve("pyongyang-treaty.txt"),
                resource("pyongyang-treaty.txt").bytes());
        Path kursk = Files.write(
                folder.resolve("kursk-deminers.txt"),
                resource("kursk-deminers.txt").bytes());

        CommandRun forReview = runImport(treaty.toString());

        assertThat(forReview.exit()).isZero();
        assertThat(forReview.out())
                .startsWith("Imported: 1\n  pyongyang-treaty.txt -> /articles/putin-signs-a-partnership-treaty-with-kim"
                        + "-jong-un-on-his-first-visit (awaiting review)\n")
                .contains("Awaiting review: 1 (on no public page until an editor publishes them at /editor; "
                        + "--publish publishes a trusted batch at once)");
        assertThat(publicArticleCount()).as("not public").isEqualTo(5);
        assertThat(historyOfLastImport()).containsExactly("IMPORTED by the command line: from pyongyang-treaty.txt");

        CommandRun published = runImport("--publish", kursk.toString());

        assertThat(published.exit()).isZero();
        assertThat(published.out())
                .containsPattern("kursk-deminers.txt -> /articles/[a-z0-9-]+ \\(published\\)\n")
                .doesNotContain("Awaiting review");
        assertThat(publicArticleCount()).isEqualTo(6);
        assertThat(historyOfLastImport())
                .containsExactly(
                        "IMPORTED by the command line: from kursk-deminers.txt",
                        "PUBLISHED by the command line: published at its import");
    }

    @Test
    void theCommandLineRefusesAnUnknownOptionBeforeTouchingTheDatabase() {
        CommandRun run = runImport("--publsh", "/tmp");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err())
                .contains("Unknown option: --publsh", "Usage: java -jar nkr-timeline.jar import [--publish]");
        assertThat(articleCount()).isEqualTo(5);
    }

    private record CommandRun(int exit, String out, String err) {}

    private static CommandRun runImport(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ImportCommand.run(
                TimelineApplication.class,
                arguments,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private long publicArticleCount() {
        return jdbc.sql("select count(*) from public_article").query(Long.class).single();
    }

    /** The history of the newest article, as "FIELD by who: value". */
    private List<String> historyOfLastImport() {
        return jdbc.sql("""
                        select c.field || ' by ' || coalesce(e.username, 'the command line') || ': ' || c.new_value
                        from article_change c left join editor e on e.id = c.editor_id
                        where c.article_id = (select max(id) from article)
                        order by c.id""").query(String.class).list();
    }

    @Test
    void theCommandLineRefusesAMissingPathBeforeTouchingTheDatabase() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ImportCommand.run(
                TimelineApplication.class,
                new String[] {"/no/such/folder"},
                System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No such file or directory: /no/such/folder");
    }

    @Test
    void uploadedFileNamesKeepOnlyTheirLastSegmentAndAreNeverPaths() {
        assertThat(new SourceFile("../../etc/passwd", new byte[0]).name()).isEqualTo("passwd");
        assertThat(new SourceFile("C:\\Users\\x\\report.txt", new byte[0]).name())
                .isEqualTo("report.txt");
        assertThat(new SourceFile("a\u0000b.txt", new byte[0]).name()).isEqualTo("ab.txt");
        assertThat(new SourceFile("dir/", new byte[0]).name()).isEqualTo("unnamed.txt");
    }
}
