package org.nkrtimeline.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.AuditedPages;
import org.nkrtimeline.support.AuditedPages.AuditedPage;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.WebTest.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every kind of page, as the server sends it, passes the Nu HTML Checker (vnu, the validator behind
 * validator.w3.org/nu) with no errors. Warnings are logged, not failed. Nothing is filtered out.
 */
class HtmlValidityTest extends EditorWebTest {

    private static final Logger log = LoggerFactory.getLogger(HtmlValidityTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static NuHtmlChecker checker;

    @BeforeAll
    static void loadTheChecker() {
        checker = new NuHtmlChecker();
    }

    @AfterAll
    static void unloadTheChecker() throws IOException {
        checker.close();
    }

    /** The control: were the checker's report unread or empty, every page would pass. */
    @Test
    void theCheckerReportsAnInvalidPage() {
        assertThat(validate("control", "<!DOCTYPE html><html lang=\"en\"><title>x</title><img src=\"a.png\"></html>"))
                .singleElement()
                .asString()
                .contains("alt");
    }

    @Test
    void everyReadersPageAndErrorPageIsValidHtml() {
        List<String> errors = new ArrayList<>();
        EditorSession anonymous = EditorSession.anonymous(port);
        for (AuditedPage page : AuditedPages.PUBLIC) {
            errors.addAll(validate(page.name(), fetched(anonymous, page)));
        }
        assertNoErrors(errors);
    }

    @Test
    void everyEditorsPageIsValidHtml() throws IOException {
        EditorSession editor = newEditor("html-checker");
        List<String> errors = new ArrayList<>();
        for (AuditedPage page : AuditedPages.EDITOR) {
            errors.addAll(validate(page.name(), fetched(editor, page)));
        }
        Page review = editor.submit(
                editor.getOk("/editor/import"),
                AuditedPages.PASTE_FORM,
                Map.of("name", "treaty.txt", "text", pasteFixture()));
        assertThat(review.status()).as("import review").isEqualTo(200);
        errors.addAll(validate("import review", review.html()));
        // The event page of an article that reports none yet: the proposal and both forms.
        Page imported = editor.submit(review.document(), "form[action=/editor/import/confirm]", Map.of());
        String eventPage =
                imported.document().select(".import-outcomes a[href$=/event]").attr("href");
        Page proposal = editor.get(eventPage);
        assertThat(proposal.status())
                .as("article's event proposal " + eventPage)
                .isEqualTo(200);
        errors.addAll(validate("article's event proposal", proposal.html()));
        assertNoErrors(errors);
    }

    private static void assertNoErrors(List<String> errors) {
        assertThat(errors)
                .withFailMessage(() -> errors.size() + " HTML errors:\n" + String.join("\n", errors))
                .isEmpty();
    }

    private static String fetched(EditorSession session, AuditedPage page) {
        Page answer = session.get(page.path());
        assertThat(answer.status()).as(page.name() + " " + page.path()).isEqualTo(page.status());
        assertThat(answer.contentType()).as(page.name()).startsWith("text/html");
        return answer.html();
    }

    /** The checker's errors on one page as readable lines; its warnings go to the log. */
    static List<String> validate(String name, String html) {
        JsonNode report;
        try {
            report = JSON.readTree(checker.check(html));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> errors = new ArrayList<>();
        for (JsonNode message : report.path("messages")) {
            String line = "%s, line %s: %s [%s]"
                    .formatted(
                            name,
                            message.path("lastLine").asText("?"),
                            message.path("message").asText(),
                            message.path("extract").asText("").strip());
            String type = message.path("type").asText();
            if (type.equals("error")
                    || type.equals("non-document-error")
                    || message.path("subType").asText().equals("fatal")) {
                errors.add(line);
            } else if (message.path("subType").asText().equals("warning")) {
                log.warn("HTML warning: {}", line);
            }
        }
        return errors;
    }

    private static String pasteFixture() throws IOException {
        try (InputStream in = HtmlValidityTest.class.getResourceAsStream(AuditedPages.PASTE_FIXTURE)) {
            assertThat(in).as(AuditedPages.PASTE_FIXTURE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
