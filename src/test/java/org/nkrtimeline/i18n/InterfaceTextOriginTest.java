package org.nkrtimeline.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.SeedArticles;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;

/**
 * Every piece of interface text on the readers' pages comes from the messages: the site runs with a
 * message source that brackets each message in ⟦…⟧, and every visible text and every text attribute
 * must then be brackets, digits and punctuation, or the articles' own content (headlines, marked or not, text, notes,
 * topic and entity names, descriptions, addresses, the reader's search) where the page shows it.
 */
class InterfaceTextOriginTest extends EditorWebTest {

    /** Where the page shows content from the database or the reader, as it is. */
    private static final String CONTENT = String.join(
            ", ",
            ".article-body",
            ".entry-headline",
            ".event-reports a",
            ".lede",
            ".snippet",
            ".date-note",
            ".estimate-note p",
            ".undated",
            ".references",
            "q",
            ".topic-card p:not(.count)",
            ".entity-card p:not(.count)",
            ".entity-page .intro",
            ".event-summary p",
            ".report-figure",
            // The embed's iframe code, to copy as it is (its title is a message, inside the code).
            ".embed-code");
    /** On the editors' pages, the import page's sample of the file format is also shown as it must be written. */
    private static final String EDITOR_CONTENT = CONTENT + ", code, .entity-description, .spelling-source";

    @TestConfiguration
    static class BracketedMessages {

        /** Replaces Spring Boot's message source (which stands back for a bean of this name). */
        @Bean
        MessageSource messageSource() {
            MessageSource messages = SiteText.messageSource();
            return new MessageSource() {
                @Override
                public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
                    String message = messages.getMessage(code, args, defaultMessage, locale);
                    return message == null ? null : "⟦" + message + "⟧";
                }

                @Override
                public String getMessage(String code, Object[] args, Locale locale) {
                    return "⟦" + messages.getMessage(code, args, locale) + "⟧";
                }

                @Override
                public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
                    return "⟦" + messages.getMessage(resolvable, locale) + "⟧";
                }
            };
        }
    }

    /** Names and headlines, longest first, so that a name inside another is not removed first. */
    private List<String> names;

    @BeforeEach
    void readNames() {
        names = new ArrayList<>(jdbc.sql("""
                select headline from article union select title from event union select name from topic
                union select name from entity union select alias from entity_alias
                """).query(String.class).list());
        names.sort(Comparator.comparingInt(String::length).reversed());
    }

    /**
     * On the editors' pages, also the editors' names, the imported files' names, the rules' phrases, and
     * the name a pasted text gets when it is given none (a file name, not words).
     */
    private void readEditorialNames() {
        names.addAll(jdbc.sql("""
                select username from editor union select phrase from topic_rule
                union select source_file from article where source_file is not null
                """).query(String.class).list());
        names.add("pasted.txt");
        names.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** What is left of a text once messages, names, digits, punctuation and spaces are taken out. */
    private String leftOver(String text) {
        String rest = text;
        String previous;
        do {
            previous = rest;
            rest = rest.replaceAll("⟦[^⟦⟧]*⟧", " ");
        } while (!rest.equals(previous));
        for (String name : names) {
            rest = rest.replace(name, " ");
        }
        return rest.replaceAll("[\\s\\p{P}\\p{S}\\d]+", "");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/?q=shoigu",
                "/?q=zeppelin&topic=space",
                "/?axis=published&from=2023-11-13",
                "/?topic=space&entity=sergei-shoigu&topic=no-such-topic&entity=nor-this",
                "/?q=the",
                "/topics",
                "/entities",
                "/entities/sergei-shoigu",
                "/events/kim-jong-un-visits-russia-2023",
                "/events/shoigu-visits-pyongyang-2025",
                "/events/no-such-event",
                "/articles/" + SeedArticles.C,
                "/articles/" + SeedArticles.D + "?q=putin",
                "/no-such-page",
                "/articles/no-such-article",
                "/?from=13/09/2023&to=2023-13-45"
            })
    void everyTextThatIsNotContentComesFromTheMessages(String url) {
        Document page = get(url).document();
        // An article's and an entity's descriptions are their own text (the lede, who or what it is).
        boolean describedByContent =
                url.startsWith("/articles/") || url.startsWith("/entities/") || url.startsWith("/events/");

        assertThat(page.select("main").text())
                .as("the brackets are there to be found")
                .contains("⟦");
        assertThat(strays(page, CONTENT, describedByContent)).as(url).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/editor",
                "/editor/articles",
                "/editor/articles/" + SeedArticles.C,
                "/editor/articles/" + SeedArticles.C + "/history",
                "/editor/articles/" + SeedArticles.C + "/event",
                "/editor/import",
                "/editor/topic-rules",
                "/editor/entities",
                "/editor/entities/sergei-shoigu"
            })
    void everyTextOfTheEditorsPagesThatIsNotContentComesFromTheMessages(String url) {
        Document page = newEditor("ana").getOk(url);
        readEditorialNames();

        assertThat(strays(page, EDITOR_CONTENT, true)).as(url).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/editor/sign-in", "/editor/sign-in?error=credentials", "/editor/sign-in?error=locked"})
    void theSignInPageAndItsErrorsComeFromTheMessages(String url) {
        Document page = EditorSession.anonymous(port).get(url).document();

        assertThat(page.select("main").text()).contains("⟦");
        assertThat(strays(page, CONTENT, false)).as(url).isEmpty();
    }

    @Test
    void theEditorsValidationAndImportMessagesComeFromTheMessages() {
        EditorSession ana = newEditor("ana");
        readEditorialNames();
        Page edited = ana.submit(
                ana.getOk("/editor/articles/" + SeedArticles.C),
                "form.editor-form",
                java.util.Map.of("metadata.headline", "", "metadata.eventDate", "2024-02-30"));
        Page imported = ana.submit(ana.getOk("/editor/import"), "form[action$=text]", java.util.Map.of("text", " "));

        assertThat(edited.status()).isEqualTo(400);
        assertThat(edited.document().select(".field-error").eachText())
                .hasSizeGreaterThanOrEqualTo(2)
                .allMatch(error -> error.startsWith("⟦") && error.endsWith("⟧"));
        assertThat(strays(edited.document(), EDITOR_CONTENT, true)).isEmpty();
        assertThat(imported.status()).isEqualTo(400);
        assertThat(imported.document().select(".form-problem").text())
                .startsWith("⟦")
                .endsWith("⟧");
    }

    private List<String> strays(Document page, String content, boolean describedByContent) {
        List<String> strays = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (element.closest(content) != null || element.closest("script, style") != null) {
                continue;
            }
            for (TextNode node : element.textNodes()) {
                if (!leftOver(node.text()).isEmpty()) {
                    strays.add("<" + element.tagName() + "> " + node.text().strip());
                }
            }
            for (String attribute : List.of("aria-label", "title", "placeholder", "alt")) {
                if (element.hasAttr(attribute)
                        && !leftOver(element.attr(attribute)).isEmpty()) {
                    strays.add("<" + element.tagName() + " " + attribute + "> " + element.attr(attribute));
                }
            }
        }
        page.select("meta[name=description]").stream()
                .filter(meta -> !describedByContent)
                .forEach(meta -> {
                    if (!leftOver(meta.attr("content")).isEmpty()) {
                        strays.add("<meta description> " + meta.attr("content"));
                    }
                });

        return strays;
    }
}
