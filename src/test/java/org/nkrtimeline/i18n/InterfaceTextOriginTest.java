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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every piece of interface text on the readers' pages comes from the messages: the site runs with a
 * message source that brackets each message in ⟦…⟧, and every visible text and every text attribute
 * must then be brackets, digits and punctuation, or the articles' own content (headlines, marked or not, text, notes,
 * topic and entity names, descriptions, addresses, the reader's search) where the page shows it.
 */
class InterfaceTextOriginTest extends WebTest {

    /** Where the page shows content from the database or the reader, as it is. */
    private static final String CONTENT = String.join(", ", ".article-body", ".entry-headline", ".lede", ".snippet",
            ".date-note", ".estimate-note p", ".undated", ".references", "q", ".topic-card p:not(.count)",
            ".entity-card p:not(.count)", ".entity-page .intro");

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

    @Autowired
    JdbcClient jdbc;

    /** Names and headlines, longest first, so that a name inside another is not removed first. */
    private List<String> names;

    @BeforeEach
    void readNames() {
        names = new ArrayList<>(jdbc.sql("""
                select headline from article union select name from topic
                union select name from entity union select alias from entity_alias
                """).query(String.class).list());
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
    @ValueSource(strings = {"/", "/?q=shoigu", "/?q=zeppelin&topic=space", "/?axis=published&from=2023-11-13",
            "/?topic=space&entity=sergei-shoigu&topic=no-such-topic&entity=nor-this", "/?q=the",
            "/topics", "/entities", "/entities/sergei-shoigu", "/articles/" + SeedArticles.C,
            "/articles/" + SeedArticles.D + "?q=putin", "/no-such-page", "/articles/no-such-article",
            "/?from=13/09/2023&to=2023-13-45"})
    void everyTextThatIsNotContentComesFromTheMessages(String url) {
        Document page = get(url).document();
        List<String> strays = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (element.closest(CONTENT) != null || element.closest("script, style") != null) {
                continue;
            }
            for (TextNode node : element.textNodes()) {
                if (!leftOver(node.text()).isEmpty()) {
                    strays.add("<" + element.tagName() + "> " + node.text().strip());
                }
            }
            for (String attribute : List.of("aria-label", "title", "placeholder", "alt")) {
                if (element.hasAttr(attribute) && !leftOver(element.attr(attribute)).isEmpty()) {
                    strays.add("<" + element.tagName() + " " + attribute + "> " + element.attr(attribute));
                }
            }
        }
        // An article's and an entity's descriptions are their own text (the lede, who or what it is).
        boolean describedByContent = url.startsWith("/articles/") || url.startsWith("/entities/");
        page.select("meta[name=description]").stream().filter(meta -> !describedByContent).forEach(meta -> {
            if (!leftOver(meta.attr("content")).isEmpty()) {
                strays.add("<meta description> " + meta.attr("content"));
            }
        });

        assertThat(page.select("main").text()).as("the brackets are there to be found").contains("⟦");
        assertThat(strays).as(url).isEmpty();
    }
}
