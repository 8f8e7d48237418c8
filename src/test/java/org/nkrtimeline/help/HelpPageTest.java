package org.nkrtimeline.help;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;

class HelpPageTest extends WebTest {

    @Test
    void theHelpPageListsTheShortcutsTheirSwitchAndThePrivacyPromise() {
        Document page = getOk("/help");

        assertThat(page.select("table.shortcuts kbd"))
                .extracting(kbd -> kbd.text())
                .containsExactly("J", "N", "K", "P", "?");
        assertThat(page.select("table.shortcuts th[scope=col]")).hasSize(2);
        assertThat(page.select("table.shortcuts caption")).hasSize(1);
        assertThat(page.select("label[for=shortcuts-switch]")).hasSize(1);
        assertThat(page.selectFirst("#shortcuts-switch").closest("[hidden]"))
                .as("the switch needs the script")
                .isNotNull();
        String text = page.select("main").text();
        assertThat(text)
                .contains(
                        "local storage",
                        "not in a cookie",
                        "no cookies for readers",
                        "no tracking",
                        "The server remembers nothing about you");
        assertThat(page.select("script[src]"))
                .singleElement()
                .satisfies(script -> assertThat(script.hasAttr("data-keys"))
                        .as("no keys on the help page")
                        .isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/topics", "/entities", "/articles/" + SeedArticles.A, "/articles/missing", "/help"})
    void everyPageLinksToTheHelpPageFromItsFooter(String path) {
        assertThat(get(path).document().select("footer.site-footer a[rel=help]"))
                .singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo("/help"));
    }

    @Test
    void articlePagesLoadTheShortcutsAndLinkToTheirHelp() {
        Document page = getOk("/articles/" + SeedArticles.A);

        assertThat(page.select("head script[src][defer][data-keys]")).hasSize(1);
        assertThat(page.select("main a[href=/help]")).hasSize(1);
        assertThat(getOk("/").select("script[src]"))
                .as("the timeline needs no script")
                .isEmpty();
    }

    @Test
    void theScriptIsServedWithAContentHashAndCachedForAYear() {
        String src =
                getOk("/articles/" + SeedArticles.A).selectFirst("script[src]").attr("src");
        Page script = get(src);

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(script.headers().firstValue("Cache-Control"))
                .get()
                .asString()
                .contains("max-age=31536000");
        assertThat(script.headers().allValues("Set-Cookie")).isEmpty();
    }
}
