package org.nkrtimeline.editorial.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.Editorial;
import org.nkrtimeline.support.SeedArticles;

/**
 * The editors' import in the browser, over real HTTP: upload or paste, review what each file would
 * become, confirm. What is proven is what an editor relies on: nothing is stored before the
 * confirmation, what is stored is exactly what the review said, and what a file or its name carries
 * (a path, markup, a wrong encoding, a size) never becomes anything but text on the page.
 */
class ImportPagesTest extends EditorWebTest {

    private static final String EDITOR = "import-editor";

    private static final String TREATY = "pyongyang-treaty.txt";
    private static final String DEMINERS = "kursk-deminers.txt";
    private static final String TREATY_HEADLINE =
            "Putin signs a partnership treaty with Kim Jong Un on his first visit to Pyongyang in 24 years";
    /** The topics the seeded rules (V11) propose for the treaty file: weapons, Ukraine, UN resolutions, the treaty. */
    private static final List<String> TREATY_TOPICS =
            List.of("arms-military-cooperation", "war-in-ukraine", "sanctions-un", "defence-treaty-troops");

    /** Seed file 000 is the text of seed article A (V3), so uploading it again is a duplicate. */
    private static final Path SEED_A = Path.of("db/seeds/articles/000_9fdcb7eda448ad73.txt");

    private static final String CONFIRM_FORM = "form[action=/editor/import/confirm]";
    private static final String PASTE_FORM = "form[action=/editor/import/text]";
    private static final String SCRIPT = "<script>alert(1)</script>";

    private EditorSession editor;

    @BeforeEach
    void signIn() {
        editor = newEditor(EDITOR);
    }

    // --- the review -------------------------------------------------------------------------------

    @Test
    void aMixedBatchIsReviewedFileByFileAndNothingIsStoredBeforeTheConfirmation() throws IOException {
        long articlesBefore = articleCount();

        Page page = upload(
                file(TREATY),
                file("bad-date.txt"),
                file("not-utf8.txt"),
                Map.entry(SEED_A.getFileName().toString(), Files.readAllBytes(SEED_A)),
                Map.entry("notes.pdf", "%PDF-1.4 not an article".getBytes(StandardCharsets.US_ASCII)));

        assertThat(page.status()).isEqualTo(200);
        Document review = page.document();
        // Each file that cannot be imported is named, with the line and what is wrong.
        List<String> notImported =
                review.select("section[aria-labelledby=others-heading] li").eachText();
        assertThat(notImported).hasSize(4);
        assertThat(notImported)
                .anySatisfy(item -> assertThat(item)
                        .startsWith("Rejected: bad-date.txt, line 1: malformed date header \"date 2024-13-45\""));
        assertThat(notImported)
                .anySatisfy(item ->
                        assertThat(item).startsWith("Rejected: not-utf8.txt, line 1: the file is not valid UTF-8"));
        assertThat(notImported)
                .anySatisfy(item -> assertThat(item)
                        .isEqualTo("Rejected: notes.pdf: only plain-text article files (.txt) can be imported."));
        assertThat(notImported)
                .anySatisfy(item -> assertThat(item)
                        .isEqualTo("Already imported: 000_9fdcb7eda448ad73.txt is the same text as /articles/"
                                + SeedArticles.A + "."));
        assertThat(review.select("section[aria-labelledby=others-heading] a").eachAttr("href"))
                .containsExactly("/articles/" + SeedArticles.A);

        // The one good file gets a form with what the import proposes, and only it.
        assertThat(review.select(".import-draft h2").eachText()).containsExactly(TREATY);
        assertThat(review.select("#draft-0-headline").val()).isEqualTo(TREATY_HEADLINE);
        assertThat(review.select("#draft-0-published").val())
                .as("the header's date")
                .isEqualTo("2024-06-20");
        assertThat(review.select("#draft-0-event-date").val())
                .as("the file format has no event date")
                .isEmpty();
        assertThat(tickedTopics(review, 0)).containsExactlyInAnyOrderElementsOf(TREATY_TOPICS);
        assertThat(review.select("#draft-0-include").hasAttr("checked")).isTrue();
        assertThat(review.select(".entity-found li").eachText())
                .anySatisfy(entity -> assertThat(entity).startsWith("Vladimir Putin ("))
                .anySatisfy(entity -> assertThat(entity).startsWith("Kim Jong Un ("))
                .anySatisfy(entity -> assertThat(entity).startsWith("Pyongyang ("));

        assertThat(articleCount()).as("a review stores nothing").isEqualTo(articlesBefore);
        assertThat(importsRecorded()).as("no history either").isEmpty();
    }

    @Test
    void theConfirmationStoresExactlyWhatTheEditorReviewedAndRecordsWhoImportedWhat() {
        Document review = upload(file(TREATY)).document();
        String headline = "Putin and Kim sign a mutual defence treaty in Pyongyang";

        Page result = editor.submit(review, CONFIRM_FORM, fields -> {
            replace(fields, "files[0].metadata.headline", headline);
            replace(fields, "files[0].metadata.eventDate", "2024-06");
            assertThat(fields.remove(Map.entry("files[0].metadata.topics", "sanctions-un")))
                    .isTrue();
        });

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.document().select(".notice").text())
                .isEqualTo("Imported: 1; skipped as duplicates: 0; rejected: 0.");
        String slug = jdbc.sql("select slug from article where headline = ?")
                .param(headline)
                .query(String.class)
                .single();
        assertThat(result.document().select(".import-outcomes a").eachAttr("href"))
                .containsExactly(
                        "/articles/" + slug, "/editor/articles/" + slug, "/editor/articles/" + slug + "/event");

        Map<String, Object> stored = jdbc.sql("""
                        select headline, event_date, event_date_precision, event_date_estimated, published_date,
                               source_file
                        from article where slug = ?""").param(slug).query().singleRow();
        assertThat(stored)
                .containsEntry("headline", headline)
                .containsEntry("event_date", java.sql.Date.valueOf(LocalDate.of(2024, 6, 1)))
                .containsEntry("event_date_precision", "MONTH")
                .containsEntry("event_date_estimated", false)
                .containsEntry("published_date", java.sql.Date.valueOf(LocalDate.of(2024, 6, 20)))
                .containsEntry("source_file", TREATY);
        assertThat(topicsOf(slug))
                .containsExactlyInAnyOrder("arms-military-cooperation", "war-in-ukraine", "defence-treaty-troops");

        // Readers see it on the timeline, in its month.
        Document timeline = getOk("/");
        Element entry = timeline.getElementById("entry-" + slug);
        assertThat(entry).as("the timeline's entry for the import").isNotNull();
        assertThat(entry.select(".entry-headline").text()).isEqualTo(headline);
        assertThat(timeline.select(".month-heading").eachText()).contains("June 2024");

        // Its history starts with the import, who made it and from which file, then its publication.
        assertThat(jdbc.sql("""
                        select c.field || ' by ' || e.username || ' ' || c.new_value
                        from article_change c join article a on a.id = c.article_id join editor e on e.id = c.editor_id
                        where a.slug = ? order by c.id""").param(slug).query(String.class).list())
                .containsExactly(
                        "IMPORTED by import-editor from pyongyang-treaty.txt",
                        "PUBLISHED by import-editor published at its import");
        Document history = editor.getOk("/editor/articles/" + slug + "/history");
        assertThat(history.select("table.history tbody tr"))
                .first()
                .satisfies(row -> assertThat(row.select("td").stream()
                                .skip(1)
                                .map(Element::text)
                                .toList())
                        .containsExactly(EDITOR, "Imported", "", "from pyongyang-treaty.txt"));
        assertThat(history.select("table.history tbody tr")).hasSize(2);
    }

    @Test
    void eachFileIsPublishedNowByDefaultOrKeptAwaitingReviewAsTheEditorChooses() {
        Document review = upload(file(TREATY), file(DEMINERS)).document();
        assertThat(review.select("#draft-0-publish").hasAttr("checked")).isTrue();
        assertThat(review.select("#draft-0-await").hasAttr("checked")).isFalse();
        assertThat(review.select("label[for=draft-0-await]").text())
                .isEqualTo("Keep it awaiting review only editors see it until one publishes it from its edit page");

        Page result = editor.submit(review, CONFIRM_FORM, fields -> replace(fields, "files[1].publish", "false"));

        assertThat(result.status()).isEqualTo(200);
        List<String> outcomes = result.document().select(".import-outcomes li").eachText();
        assertThat(outcomes.get(0)).startsWith("Imported: " + TREATY).endsWith("· published");
        assertThat(outcomes.get(1)).startsWith("Imported: " + DEMINERS).endsWith("· awaiting review");
        assertThat(result.mainText()).contains("Awaiting review: 1.");
        String treaty = slugOf(TREATY);
        String deminers = slugOf(DEMINERS);
        assertThat(get("/articles/" + treaty).status()).isEqualTo(200);
        assertThat(get("/articles/" + deminers).status()).isEqualTo(404);
        assertThat(getOk("/").select("#entry-" + deminers)).isEmpty();
        assertThat(editor.getOk("/editor").select("#awaiting-heading").text()).isEqualTo("Awaiting review (1)");
    }

    @Test
    void aFileWithoutAWholeHeadlineToProposeWaitsUnderItsFilesNameUntilTheEditorWritesOne() {
        Document review = upload(file("tumen-bridge.txt")).document();
        assertThat(review.select(".import-draft .notice").text()).startsWith("No headline could be proposed");
        assertThat(review.select("#draft-0-headline").val()).isEqualTo("tumen-bridge.txt");
        assertThat(review.select("#draft-0-await").hasAttr("checked"))
                .as("it cannot be published as it is")
                .isTrue();

        Page refused = editor.submit(review, CONFIRM_FORM, fields -> replace(fields, "files[0].publish", "true"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#draft-0-headline-error").text())
                .startsWith("Write the article's headline before publishing it: “tumen-bridge.txt” is the name");
        assertThat(articleCount()).isEqualTo(Editorial.SEED_ARTICLES);

        Page imported = editor.submit(
                refused.document(),
                CONFIRM_FORM,
                Map.of("files[0].metadata.headline", "Russia and North Korea discuss the Tumen bridge"));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(get("/articles/" + slugOf("tumen-bridge.txt")).status()).isEqualTo(200);
    }

    @Test
    void aFileWithoutAWholeHeadlineToProposeIsImportedAwaitingReviewWhenConfirmedAsItIs() {
        Document review = upload(file("tumen-bridge.txt")).document();

        Page imported = editor.submit(review, CONFIRM_FORM, Map.of());

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.document().select(".import-outcomes li").text()).endsWith("· awaiting review");
        assertThat(get("/articles/" + slugOf("tumen-bridge.txt")).status()).isEqualTo(404);
    }

    @Test
    void anArticleUntickedInTheReviewIsNotImportedWhileTheOthersAre() {
        long articlesBefore = articleCount();
        Document review = upload(file(TREATY), file(DEMINERS)).document();
        assertThat(review.select(".import-draft h2").eachText()).containsExactly(TREATY, DEMINERS);

        Page result = editor.submit(
                review,
                CONFIRM_FORM,
                fields -> assertThat(fields.remove(Map.entry("files[1].include", "true")))
                        .isTrue());

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.document().select(".import-outcomes li").eachText())
                .singleElement()
                .satisfies(item -> assertThat(item).startsWith("Imported: " + TREATY));
        assertThat(articleCount()).isEqualTo(articlesBefore + 1);
        assertThat(jdbc.sql("select source_file from article where id > " + Editorial.SEED_ARTICLES)
                        .query(String.class)
                        .list())
                .containsExactly(TREATY);
    }

    @Test
    void aReviewWithWrongFieldsIsRefusedFieldByFieldKeepsWhatWasTypedAndImportsNothingUntilCorrected() {
        long articlesBefore = articleCount();
        Document review = upload(file(TREATY)).document();

        Page refused = editor.submit(review, CONFIRM_FORM, fields -> {
            replace(fields, "files[0].metadata.headline", "  ");
            replace(fields, "files[0].metadata.eventDate", "2024-02-30");
            replace(fields, "files[0].metadata.eventDateEstimated", "true");
            replace(fields, "files[0].metadata.eventDateSourceUrl", "javascript:alert(1)");
        });

        assertThat(refused.status()).isEqualTo(400);
        Document form = refused.document();
        assertThat(form.select(".form-problem").text()).contains("Nothing was imported yet");
        assertThat(form.select("#draft-0-headline-error.field-error").text()).isEqualTo("Give the article a headline.");
        assertThat(form.select("#draft-0-event-date-error.field-error").text())
                .isEqualTo("“2024-02-30” is not a date in the calendar.");
        assertThat(form.select("#draft-0-event-note-error.field-error").text())
                .isEqualTo("Say why the date is an estimate: readers see this reason.");
        assertThat(form.select("#draft-0-event-source-error.field-error").text())
                .isEqualTo("A source link is a web address starting with http:// or https://.");
        assertThat(form.select(".field-error"))
                .as("no message beside the fields that are right")
                .hasSize(4);
        // What was typed comes back, so the editor corrects rather than retypes.
        assertThat(form.select("#draft-0-event-date").val()).isEqualTo("2024-02-30");
        assertThat(form.select("#draft-0-event-source").val()).isEqualTo("javascript:alert(1)");
        assertThat(form.select("#draft-0-estimated").hasAttr("checked")).isTrue();
        assertThat(form.select("#draft-0-published").val()).isEqualTo("2024-06-20");
        assertThat(tickedTopics(form, 0)).containsExactlyInAnyOrderElementsOf(TREATY_TOPICS);
        assertThat(form.select("a[href^=javascript]"))
                .as("the bad link is never a link")
                .isEmpty();
        assertThat(articleCount()).isEqualTo(articlesBefore);

        Page corrected = editor.submit(
                form,
                CONFIRM_FORM,
                Map.of(
                        "files[0].metadata.headline", "Putin and Kim sign a treaty",
                        "files[0].metadata.eventDate", "2024-06-19",
                        "files[0].metadata.eventDateNote", "The day of the visit; the signing was late at night.",
                        "files[0].metadata.eventDateSourceUrl", "https://example.org/treaty"));

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.document().select(".notice").text()).startsWith("Imported: 1;");
        assertThat(jdbc.sql("""
                        select headline || '|' || event_date || '|' || event_date_estimated || '|' || event_date_note
                               || '|' || event_date_source_url
                        from article where id > ?""")
                        .param(Editorial.SEED_ARTICLES)
                        .query(String.class)
                        .list())
                .containsExactly("Putin and Kim sign a treaty|2024-06-19|true|The day of the visit; the signing was "
                        + "late at night.|https://example.org/treaty");
    }

    @Test
    void confirmingTheSameReviewTwiceImportsOnceAndSaysTheSecondIsADuplicate() {
        long articlesBefore = articleCount();
        Document review = upload(file(TREATY)).document();

        Page first = editor.submit(review, CONFIRM_FORM, Map.of());
        // As a double click or the back button would: the same form again.
        Page second = editor.submit(review, CONFIRM_FORM, Map.of());

        assertThat(first.document().select(".notice").text())
                .isEqualTo("Imported: 1; skipped as duplicates: 0; rejected: 0.");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.document().select(".notice").text())
                .isEqualTo("Imported: 0; skipped as duplicates: 1; rejected: 0.");
        assertThat(second.document().select(".import-outcomes li").text()).isEqualTo("Already imported: " + TREATY);
        assertThat(articleCount()).isEqualTo(articlesBefore + 1);
        assertThat(importsRecorded()).containsExactly("from " + TREATY);
    }

    @Test
    void aTextUploadedAgainAfterItsImportIsShownAsADuplicateOfTheNewArticle() {
        Document review = upload(file(TREATY)).document();
        editor.submit(review, CONFIRM_FORM, Map.of());
        String slug = jdbc.sql("select slug from article where id > " + Editorial.SEED_ARTICLES)
                .query(String.class)
                .single();

        Document again = upload(file(TREATY)).document();

        assertThat(again.select(".import-draft")).isEmpty();
        assertThat(again.select("section[aria-labelledby=others-heading] a").eachAttr("href"))
                .containsExactly("/articles/" + slug);
    }

    // --- pasting --------------------------------------------------------------------------------

    @Test
    void aPastedTextGetsTheSameReviewAsTheFileAndIsImportedUnderTheNameGiven() {
        Document uploaded = upload(file(TREATY)).document();
        Document importPage = editor.getOk("/editor/import");

        Page pasted = editor.submit(
                importPage,
                PASTE_FORM,
                Map.of(
                        "name",
                        "treaty from the website",
                        "text",
                        new String(file(TREATY).getValue(), StandardCharsets.UTF_8)));

        assertThat(pasted.status()).isEqualTo(200);
        Document review = pasted.document();
        assertThat(review.select(".import-draft h2").eachText()).containsExactly("treaty from the website");
        for (String field : List.of("#draft-0-headline", "#draft-0-published", "#draft-0-event-date")) {
            assertThat(review.select(field).val())
                    .as(field)
                    .isEqualTo(uploaded.select(field).val());
        }
        assertThat(tickedTopics(review, 0)).containsExactlyInAnyOrderElementsOf(TREATY_TOPICS);
        assertThat(review.select(".entity-found li").eachText())
                .isEqualTo(uploaded.select(".entity-found li").eachText());

        assertThat(editor.submit(review, CONFIRM_FORM, Map.of()).status()).isEqualTo(200);
        assertThat(importsRecorded()).containsExactly("from treaty from the website");
    }

    @Test
    void aRewordedCopyOfAPublishedArticleIsNamedInTheReviewAsANearDuplicate() throws IOException {
        String seed = Files.readString(Path.of("db/seeds/articles/003_7f6c460341325119.txt"));
        String reworded = seed.replace("heartfelt", "warm")
                .replace("significant display", "notable show")
                .replace("devastating", "terrible")
                .replace("Deepening Diplomatic Ties Amidst Tragedy", "Closer ties after a tragedy");
        assertThat(reworded).isNotEqualTo(seed);

        Document copy = editor.submit(
                        editor.getOk("/editor/import"), PASTE_FORM, Map.of("name", "reworded", "text", reworded))
                .document();
        Document novel = upload(file(TREATY)).document();

        assertThat(copy.select(".near-duplicates a").eachAttr("href")).containsExactly("/articles/" + SeedArticles.D);
        assertThat(copy.select(".near-duplicates li").text())
                .matches(".*\\(([5-9][0-9]|100)% of this text's three-word sequences are in it\\)");
        assertThat(copy.select(".near-duplicates").text()).contains("rewrite");
        assertThat(novel.select(".near-duplicates")).as("a text of its own").isEmpty();
    }

    @Test
    void aTextPastedWithoutANameIsCalledPastedTxt() {
        Page pasted = editor.submit(
                editor.getOk("/editor/import"),
                PASTE_FORM,
                Map.of("text", "date 2025-01-02 Kim meets an envoy in Pyongyang. They talk for an hour."));

        assertThat(pasted.status()).isEqualTo(200);
        assertThat(pasted.document().select(".import-draft h2").eachText()).containsExactly("pasted.txt");
    }

    @Test
    void blankPastedTextIsRefusedWithAMessage() {
        long articlesBefore = articleCount();

        Page refused =
                editor.submit(editor.getOk("/editor/import"), PASTE_FORM, Map.of("name", "empty", "text", " \n\t "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select(".form-problem").text())
                .isEqualTo("Paste the article's text into the box.");
        assertThat(refused.document().select(PASTE_FORM))
                .as("the form is there to try again")
                .hasSize(1);
        assertThat(articleCount()).isEqualTo(articlesBefore);
    }

    // --- limits ---------------------------------------------------------------------------------

    @Test
    void moreThanFiftyFilesAreRefusedWithAMessage() {
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            files.add(Map.entry(
                    "article-" + i + ".txt",
                    ("Article number " + i + ". It has some text.").getBytes(StandardCharsets.UTF_8)));
        }

        Page refused = editor.upload(editor.getOk("/editor/import"), files);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select(".form-problem").text())
                .isEqualTo("At most 50 files at once; for larger batches use the command-line import.");
        assertThat(refused.document().select(".import-draft")).isEmpty();
    }

    @Test
    void fiftyFilesAreStillReviewed() {
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            files.add(Map.entry(
                    "article-" + i + ".txt",
                    ("Article number " + i + ". It has some text.").getBytes(StandardCharsets.UTF_8)));
        }

        Page review = editor.upload(editor.getOk("/editor/import"), files);

        assertThat(review.status()).isEqualTo(200);
        assertThat(review.document().select(".import-draft")).hasSize(50);
    }

    @Test
    void aFileOverOneMegabyteIsRejectedWhileTheRestOfTheBatchIsReviewed() {
        byte[] big = new byte[(int) SourceFile.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        Page page = upload(file(TREATY), Map.entry("huge.txt", big), file(DEMINERS));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document()
                        .select("section[aria-labelledby=others-heading] li")
                        .eachText())
                .containsExactly("Rejected: huge.txt: the file is larger than 1 MB; no article is.");
        assertThat(page.document().select(".import-draft h2").eachText()).containsExactly(TREATY, DEMINERS);
    }

    /**
     * Beyond the multipart limit Tomcat stops reading the form. A browser sends the CSRF token last,
     * so Spring Security then sees what looks like a forged request; a client that sends it first
     * gets as far as Spring MVC. Either way the editor must hear what really happened.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anUploadTooLargeForTheServerToReadGetsATooLargePageNotAForgeryOne(boolean tokenFirst) {
        byte[] huge = new byte[3 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        long articlesBefore = articleCount();

        Page page = editor.upload(
                editor.getOk("/editor/import"), List.of(file(TREATY), Map.entry("huge.txt", huge)), tokenFirst);

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.document().select("main h1").text()).isEqualTo("Too large to accept");
        assertThat(articleCount()).isEqualTo(articlesBefore);
    }

    @Test
    void aFileOfExactlyOneMegabyteIsNotRejectedForItsSize() {
        byte[] text = "A long article. ".repeat((int) SourceFile.MAX_BYTES / 16).getBytes(StandardCharsets.UTF_8);
        assertThat(text).hasSize((int) SourceFile.MAX_BYTES);

        Page page = upload(Map.entry("long.txt", text));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select(".import-draft h2").eachText()).containsExactly("long.txt");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ../../etc/passwd.txt      | passwd.txt
            /etc/passwd.txt           | passwd.txt
            C:\\\\Windows\\\\evil.txt | evil.txt
            dir\\\\evil.txt           | evil.txt
            """)
    void aFileNameIsOnlyItsLastSegmentOnThePageAndInTheDatabase(String uploadedAs, String shownAs) {
        // The multipart header escapes a backslash as \\ (RFC 7578, as browsers send it), so the
        // server receives the name with single backslashes.
        Document review = upload(Map.entry(uploadedAs, file(TREATY).getValue())).document();

        assertThat(review.select(".import-draft h2").eachText()).containsExactly(shownAs);
        assertThat(review.html())
                .doesNotContain("etc/passwd")
                .doesNotContain("Windows")
                .doesNotContain("dir\\");

        editor.submit(review, CONFIRM_FORM, Map.of());
        assertThat(jdbc.sql("select source_file from article where id > " + Editorial.SEED_ARTICLES)
                        .query(String.class)
                        .list())
                .containsExactly(shownAs);
    }

    @Test
    void theReviewFormCarriesNoTextOrNameOnlyTheIdOfAFileKeptOnTheServer() {
        Document review = upload(file(TREATY)).document();

        assertThat(review.select(CONFIRM_FORM + " input[type=hidden]").eachAttr("name"))
                .doesNotContain("files[0].fileName", "files[0].source")
                .contains("files[0].draft");
        assertThat(review.select("input[name=files[0].draft]").val()).matches("[0-9a-f-]{36}");
    }

    @Test
    void aReviewWhoseFilesAreNoLongerOnTheServerImportsNothingAndSaysToUploadAgain() {
        Document review = upload(file(TREATY)).document();

        // As after a restart or signing out and in again: the draft the form names is gone.
        Page result =
                editor.submit(review, CONFIRM_FORM, Map.of("files[0].draft", "00000000-0000-0000-0000-000000000000"));

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.document().select(".form-problem").text())
                .contains("no longer on the server", "upload them again");
        assertThat(articleCount()).isEqualTo(Editorial.SEED_ARTICLES);
    }

    @Test
    void anotherEditorCannotConfirmADraftKeptInThisEditorsSession() {
        Document review = upload(file(TREATY)).document();
        String draft = review.select("input[name=files[0].draft]").val();
        EditorSession other = newEditor("other-import-editor");

        Page result =
                other.submit(upload(other, file(DEMINERS)).document(), CONFIRM_FORM, Map.of("files[0].draft", draft));

        assertThat(result.status()).isEqualTo(400);
        assertThat(articleCount()).isEqualTo(Editorial.SEED_ARTICLES);
    }

    // --- markup ---------------------------------------------------------------------------------

    @Test
    void markupInAFileNameIsShownAsTextOnEveryPage() {
        String name = "<img src=x onerror=alert(1)>.txt";
        String rejectedName = "<img src=x onerror=alert(2)>.pdf";

        Page review = upload(Map.entry(name, file(TREATY).getValue()), Map.entry(rejectedName, new byte[] {1}));

        assertThat(review.status()).isEqualTo(200);
        assertThat(review.document().select("img")).isEmpty();
        assertThat(review.html()).doesNotContain("<img");
        assertThat(review.document().select(".import-draft h2").text()).isEqualTo(name);
        assertThat(review.mainText()).contains(rejectedName + ": only plain-text article files");

        Page result = editor.submit(review.document(), CONFIRM_FORM, Map.of());
        assertThat(result.document().select("img")).isEmpty();
        assertThat(result.document().select(".import-outcomes li").text()).startsWith("Imported: " + name + " →");
        String slug = jdbc.sql("select slug from article where id > " + Editorial.SEED_ARTICLES)
                .query(String.class)
                .single();
        Document history = editor.getOk("/editor/articles/" + slug + "/history");
        assertThat(history.select("img")).isEmpty();
        assertThat(history.select("table.history td").eachText()).contains("from " + name);
    }

    @Test
    void markupInAPastedTextOrItsNameIsShownAsTextInTheReviewTheResultAndTheArticle() {
        String text = "date 2025-01-02 " + SCRIPT + " Kim meets an envoy in Pyongyang.\n"
                + "The envoy said <b onmouseover=alert(2)>nothing</b> of " + SCRIPT + " weapons.";

        Page pasted = editor.submit(
                editor.getOk("/editor/import"), PASTE_FORM, Map.of("name", "<b onmouseover=alert(3)>", "text", text));

        assertThat(pasted.status()).isEqualTo(200);
        assertNoMarkup(pasted);
        Document review = pasted.document();
        assertThat(review.select(".import-draft h2").text()).isEqualTo("<b onmouseover=alert(3)>");
        assertThat(review.select("#draft-0-headline").val()).startsWith(SCRIPT);
        assertThat(review.select(".import-text p").eachText())
                .anySatisfy(p -> assertThat(p).contains("<b onmouseover=alert(2)>nothing</b>"));

        Page result = editor.submit(review, CONFIRM_FORM, Map.of());
        assertThat(result.status()).isEqualTo(200);
        assertNoMarkup(result);
        String slug = jdbc.sql("select slug from article where id > " + Editorial.SEED_ARTICLES)
                .query(String.class)
                .single();
        Page article = get("/articles/" + slug);
        assertThat(article.status()).isEqualTo(200);
        assertNoMarkup(article);
        assertThat(article.mainText()).contains(SCRIPT);
        assertNoMarkup(get("/"));
        assertNoMarkup(editor.get("/editor/articles/" + slug + "/history"));
    }

    @Test
    void markupInARefusedReviewIsShownAsTextToo() {
        Document review = upload(file(TREATY)).document();

        Page refused = editor.submit(
                review,
                CONFIRM_FORM,
                Map.of(
                        "files[0].metadata.headline", SCRIPT,
                        "files[0].metadata.eventDate", SCRIPT,
                        "files[0].metadata.eventDateSourceUrl", "\"><script>alert(1)</script>"));

        assertThat(refused.status()).isEqualTo(400);
        assertNoMarkup(refused);
        assertThat(refused.document().select("#draft-0-event-date").val()).isEqualTo(SCRIPT);
        assertThat(refused.document().select("#draft-0-event-source").val()).isEqualTo("\"><script>alert(1)</script>");
    }

    // --- helpers ----------------------------------------------------------------------------------

    @SafeVarargs
    private Page upload(Map.Entry<String, byte[]>... files) {
        return upload(editor, files);
    }

    @SafeVarargs
    private static Page upload(EditorSession session, Map.Entry<String, byte[]>... files) {
        return session.upload(session.getOk("/editor/import"), List.of(files));
    }

    private static Map.Entry<String, byte[]> file(String name) {
        try (InputStream in = ImportPagesTest.class.getResourceAsStream("/import/" + name)) {
            return Map.entry(name, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> tickedTopics(Document review, int file) {
        return review.select("input[type=checkbox][name=files[" + file + "].metadata.topics][checked]")
                .eachAttr("value");
    }

    private static void replace(List<Map.Entry<String, String>> fields, String name, String value) {
        fields.removeIf(field -> field.getKey().equals(name));
        fields.add(Map.entry(name, value));
    }

    private static void assertNoMarkup(Page page) {
        // Article pages carry their own JSON-LD data block and shortcut script; no other script.
        assertThat(page.document()
                        .select("script:not([type=application/ld+json]):not([src^=/js/]), [onmouseover], [onerror]"))
                .isEmpty();
        assertThat(page.document().select("script[type=application/ld+json]"))
                .allSatisfy(data -> assertThat(data.data()).doesNotContain("<"));
        assertThat(page.html()).doesNotContain("<script>").doesNotContain("<b onmouseover");
    }

    /** The history entries of this test's imports (the editor is made for each test). */
    private List<String> importsRecorded() {
        return jdbc.sql("""
                        select c.new_value from article_change c join editor e on e.id = c.editor_id
                        where e.username = ? and c.field = 'IMPORTED'
                        order by c.id""").param(EDITOR).query(String.class).list();
    }

    private long articleCount() {
        return jdbc.sql("select count(*) from article").query(Long.class).single();
    }

    private String slugOf(String sourceFile) {
        return jdbc.sql("select slug from article where source_file = ?")
                .param(sourceFile)
                .query(String.class)
                .single();
    }

    private List<String> topicsOf(String slug) {
        return jdbc.sql("""
                        select t.slug from article_topic at join topic t on t.id = at.topic_id
                        join article a on a.id = at.article_id
                        where a.slug = ?""").param(slug).query(String.class).list();
    }
}
