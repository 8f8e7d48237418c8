package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nkrtimeline.e2e.Browser.textContent;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.editorial.account.EditorAccounts;
import org.nkrtimeline.support.Editorial;
import org.nkrtimeline.support.SeedArticles;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor's day in a real headless Chromium against the running app: sign in, import a new article
 * file through the upload form and its review, find it among the undated articles on the public
 * timeline, correct its event date, see it move to its place in time, and sign out. It saves
 * screenshots to target/screenshots/.
 */
class EditorBrowserIT extends BrowserTest {

    private static final String USERNAME = "e2e-editor";
    private static final String PASSWORD = "a long test password";
    private static final String FIXTURE = "/import/kursk-deminers.txt";
    private static final String HEADLINE = "North Korea to send deminers and builders to Kursk";
    /** The sixth article of the events' tests: Shoigu in Pyongyang again, 17 Jun 2025. */
    private static final String SIXTH = "/import/shoigu-pyongyang-june.txt";

    @Autowired
    EditorAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void createEditor() {
        accounts.create(USERNAME, PASSWORD);
    }

    @AfterEach
    void backToTheSeedArticles() {
        // Every test of a run shares one database: the other tests count on the five seed articles alone.
        Editorial.reset(jdbc);
    }

    @Test
    void anImportedArticleIsUndatedOnTheTimelineUntilItsEventDateIsCorrectedThenMovesToItsPlaceInTime()
            throws Exception {
        // Signing in: the editor's pages send a stranger to the sign-in form, and back after it.
        open("/editor");
        assertThat(browser.path()).isEqualTo("/editor/sign-in");
        fillByLabel("Username", USERNAME);
        fillByLabel("Password", PASSWORD);
        browser.followLink(button("Sign in"));

        assertThat(browser.path()).isEqualTo("/editor");
        assertThat(h1()).isEqualTo("Editor");

        // Uploading the file as a file input does: the browser reads it from disk and sends it as multipart.
        browser.followLink(driver.findElement(By.linkText("Import articles")));
        assertThat(h1()).isEqualTo("Import articles");
        driver.findElement(By.id("files")).sendKeys(fixture().toString());
        browser.followLink(button("Upload and review"));

        assertThat(h1()).isEqualTo("Review the import");
        assertThat(driver.findElements(By.cssSelector(".form-problem"))).isEmpty();
        assertThat(driver.findElement(By.id("draft-0-heading")).getText()).isEqualTo("kursk-deminers.txt");
        assertThat(driver.findElement(By.id("draft-0-include")).isSelected()).isTrue();
        WebElement headline = driver.findElement(By.id("draft-0-headline"));
        assertThat(headline.getDomProperty("value"))
                .as("the headline proposed from the first sentence")
                .startsWith("North Korea will send deminers and military builders to Russia's Kursk region");
        // The file's first line is its publication date; when the event happened is for the editor to say.
        assertThat(driver.findElement(By.id("draft-0-event-date")).getDomProperty("value"))
                .isEmpty();
        assertThat(driver.findElement(By.id("draft-0-published")).getDomProperty("value"))
                .isEqualTo("2025-06-17");
        List<String> proposedTopics = proposedTopicBoxes().stream()
                .map(box -> box.getDomAttribute("value"))
                .toList();
        assertThat(proposedTopics)
                .as("topics the rules propose for a text about Kursk and Shoigu")
                .isNotEmpty();
        assertThat(proposedTopicBoxes()).as("proposed topics come ticked").allMatch(WebElement::isSelected);

        headline.clear();
        browser.typeInto("draft-0-headline", HEADLINE);
        screenshots.fullPage("editor-import-review.png");
        browser.followLink(button("Import the article"));

        assertThat(h1()).isEqualTo("Import done");
        assertThat(textContent(driver.findElement(By.cssSelector(".notice"))))
                .isEqualTo("Imported: 1; skipped as duplicates: 0; rejected: 0.");
        WebElement articleLink = driver.findElement(By.cssSelector(".import-outcomes a[href^='/articles/']"));
        String articlePath = articleLink.getDomAttribute("href");
        assertThat(articleLink.getText()).isEqualTo(articlePath);
        String slug = articlePath.substring("/articles/".length());
        assertThat(slug).isNotBlank();

        // Without an event date the article has no place on the event axis: it waits in the undated group at the end.
        open("/");
        assertThat(browser.resultCount()).startsWith("6 of 6 articles shown");
        WebElement undated = driver.findElement(By.cssSelector(".timeline > section.undated-group"));
        assertThat(driver.findElement(By.cssSelector(".timeline > section:last-of-type"))
                        .getDomAttribute("class"))
                .contains("undated-group");
        assertThat(entryIds(undated)).containsExactly("entry-" + slug);
        WebElement entry = driver.findElement(By.id("entry-" + slug));
        assertThat(entry.findElement(By.cssSelector(".entry-headline a")).getText())
                .isEqualTo(HEADLINE);
        assertThat(entry.findElements(By.cssSelector(".chips a.chip")))
                .extracting(chip -> chip.getDomAttribute("href").replace("/?topic=", ""))
                .as("the proposed topics were kept")
                .containsExactlyInAnyOrderElementsOf(proposedTopics);
        screenshots.fullPage("editor-timeline-undated.png");

        // Correcting the date, from the public page, as an editor reading it would.
        browser.followLink(entry.findElement(By.cssSelector(".entry-headline a")));
        assertThat(browser.path()).isEqualTo(articlePath);
        assertThat(driver.findElements(By.cssSelector(".corrected")))
                .as("not corrected yet")
                .isEmpty();
        browser.followLink(driver.findElement(By.linkText("Edit this article")));

        assertThat(browser.path()).isEqualTo("/editor/articles/" + slug);
        assertThat(h1()).isEqualTo("Edit article");
        assertThat(driver.findElement(By.id("article-headline")).getDomProperty("value"))
                .isEqualTo(HEADLINE);
        assertThat(driver.findElement(By.id("article-event-date")).getDomProperty("value"))
                .isEmpty();
        browser.typeInto("article-event-date", "2025-06-17");
        browser.followLink(button("Save changes"));

        assertThat(browser.path()).isEqualTo("/editor/articles/" + slug);
        assertThat(driver.findElements(By.cssSelector(".form-problem"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("p.notice[role=status]")).getText())
                .isEqualTo("Saved: Event date.");
        assertThat(driver.findElement(By.id("article-event-date")).getDomProperty("value"))
                .isEqualTo("2025-06-17");

        // Dated 17 June 2025, it leaves the undated group for June 2025, after the Shoigu talks of 21 March 2025.
        open("/?view=articles");
        assertThat(driver.findElements(By.cssSelector(".undated-group"))).isEmpty();
        List<String> order = entryIds(driver.findElement(By.cssSelector(".timeline")));
        assertThat(order).hasSize(6).endsWith("entry-" + SeedArticles.C, "entry-" + slug);
        WebElement june = driver.findElement(By.cssSelector("section.month[aria-labelledby='month-2025-06']"));
        // The text, not getText(): the stylesheet draws month headings in capitals.
        assertThat(textContent(june.findElement(By.cssSelector(".month-heading"))))
                .isEqualTo("June 2025");
        assertThat(entryIds(june)).containsExactly("entry-" + slug);
        WebElement year2025 = driver.findElement(By.cssSelector("section.year[aria-labelledby='year-2025']"));
        assertThat(entryIds(year2025)).containsExactly("entry-" + SeedArticles.C, "entry-" + slug);
        screenshots.fullPage("editor-timeline-dated.png");

        // Readers are told that the article changed after it was published here.
        browser.followLink(driver.findElement(By.cssSelector("#entry-" + slug + " .entry-headline a")));
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo(HEADLINE);
        assertThat(driver.findElement(By.cssSelector(".corrected")).getText()).startsWith("Corrected on");
        assertThat(driver.findElement(By.cssSelector(".article-dates time")).getDomAttribute("datetime"))
                .isEqualTo("2025-06-17");

        // Signing out ends the session: the editor's pages want a sign-in again.
        browser.followLink(
                driver.findElement(By.xpath("//header//button[starts-with(normalize-space(), 'Sign out')]")));
        assertThat(browser.path()).isEqualTo("/editor/sign-in");
        assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("You are signed out.");
        assertThat(driver.findElements(By.linkText("Edit this article"))).isEmpty();
        open("/editor");
        assertThat(browser.path()).isEqualTo("/editor/sign-in");
        assertThat(h1()).isEqualTo("Editor sign-in");
    }

    @Test
    void anArticleKeptAwaitingReviewIsOnNoPublicPageUntilAnEditorPublishesItAndItsScheduledEvent() throws Exception {
        open("/editor/sign-in");
        fillByLabel("Username", USERNAME);
        fillByLabel("Password", PASSWORD);
        browser.followLink(button("Sign in"));
        assertThat(textContent(driver.findElement(By.id("awaiting-heading")))).isEqualTo("Awaiting review (0)");

        // The import review: this time the editor keeps the article for later.
        browser.followLink(driver.findElement(By.linkText("Import articles")));
        driver.findElement(By.id("files")).sendKeys(fixture().toString());
        browser.followLink(button("Upload and review"));
        assertThat(driver.findElement(By.id("draft-0-publish")).isSelected())
                .as("publishing is the default")
                .isTrue();
        browser.tick("draft-0-await");
        assertThat(driver.findElement(By.id("draft-0-publish")).isSelected()).isFalse();
        browser.followLink(button("Import the article"));

        assertThat(textContent(driver.findElement(By.cssSelector(".import-outcomes li"))))
                .endsWith("· awaiting review");
        String slug = driver.findElement(By.cssSelector(".import-outcomes a[href^='/articles/']"))
                .getDomAttribute("href")
                .substring("/articles/".length());

        // Not on the timeline; the editor sees its page, marked.
        open("/");
        assertThat(browser.resultCount()).startsWith("5 of 5 articles shown");
        assertThat(driver.findElements(By.id("entry-" + slug))).isEmpty();
        open("/articles/" + slug);
        assertThat(textContent(driver.findElement(By.cssSelector("p.notice[role=status]"))))
                .startsWith("Awaiting review");

        // Listed first on the editors' home, with the count; from there to its edit form.
        open("/editor");
        assertThat(textContent(driver.findElement(By.id("awaiting-heading")))).isEqualTo("Awaiting review (1)");
        browser.followLink(driver.findElement(By.cssSelector("ul.awaiting-review a")));
        assertThat(browser.path()).isEqualTo("/editor/articles/" + slug);

        // An event a month after the publication is refused until the editor confirms it was scheduled.
        browser.typeInto("article-event-date", "2025-07-17");
        browser.followLink(button("Save and publish"));
        assertThat(driver.findElement(By.id("article-scheduled-error")).getText())
                .startsWith("The event date (2025-07-17) is after the publication date (2025-06-17)");
        browser.tick("article-scheduled");
        browser.followLink(button("Save and publish"));

        assertThat(driver.findElement(By.cssSelector("p.notice[role=status]")).getText())
                .isEqualTo("Saved: Event date, Published.");
        assertThat(driver.findElements(By.xpath("//main//button[normalize-space()='Save and publish']")))
                .isEmpty();

        // Now readers see it, in July 2025, said to be reported before the event.
        open("/");
        assertThat(browser.resultCount()).startsWith("6 of 6 articles shown");
        WebElement entry = driver.findElement(By.id("entry-" + slug));
        assertThat(textContent(entry.findElement(By.cssSelector(".entry-dates"))))
                .contains("17 Jun 2025, 30 days before the scheduled event");
    }

    @Test
    void anImportedArticleIsGroupedFromItsProposalIntoANewEventThatReadersThenSee() throws Exception {
        open("/editor/sign-in");
        fillByLabel("Username", USERNAME);
        fillByLabel("Password", PASSWORD);
        browser.followLink(button("Sign in"));
        browser.followLink(driver.findElement(By.linkText("Import articles")));
        driver.findElement(By.id("files")).sendKeys(fixture(SIXTH).toString());
        browser.followLink(button("Upload and review"));
        browser.typeInto("draft-0-event-date", "2025-06-17");
        browser.followLink(button("Import the article"));
        assertThat(h1()).isEqualTo("Import done");

        // From the import result to the proposal, whose reason says what the article shares with the event.
        browser.followLink(driver.findElement(By.linkText("propose its event")));
        assertThat(browser.path()).endsWith("/event");
        String slug = browser.path()
                .substring("/editor/articles/".length(), browser.path().length() - "/event".length());
        assertThat(textContent(driver.findElement(By.cssSelector(".proposal"))))
                .startsWith("Proposed: Kim Jong Un visits Russia and meets Putin at Vostochny: shares ")
                .contains("Sergei Shoigu");
        assertThat(driver.findElement(By.id("event-0")).isSelected())
                .as("the proposal comes chosen")
                .isTrue();
        screenshots.fullPage("editor-event-proposal.png");

        // The editor knows Shoigu came back in June: not the 2023 visit, nor the March talks. A new event.
        browser.typeInto("event-title", "Sergei Shoigu meets Kim Jong Un in Pyongyang again");
        browser.typeInto("event-summary", "Sergei Shoigu met Kim Jong Un in Pyongyang on 17 June 2025.");
        assertThat(textContent(driver.findElement(By.cssSelector(".new-event-date"))))
                .startsWith("The event will be dated 17 Jun 2025");
        browser.followLink(button("Create the event"));

        assertThat(browser.path()).isEqualTo("/editor/articles/" + slug + "/event");
        assertThat(textContent(driver.findElement(By.cssSelector("p.notice[role=status]"))))
                .startsWith("Created the event “Sergei Shoigu meets Kim Jong Un in Pyongyang again”");
        browser.followLink(driver.findElement(By.cssSelector(".current-event a")));

        // Readers see the event, with the article as its first report.
        assertThat(browser.path()).isEqualTo("/events/sergei-shoigu-meets-kim-jong-un-in-pyongyang-again");
        assertThat(h1()).isEqualTo("Sergei Shoigu meets Kim Jong Un in Pyongyang again");
        assertThat(driver.findElements(By.cssSelector("main a[href='/articles/" + slug + "']")))
                .isNotEmpty();
        screenshots.fullPage("event-created-by-an-editor.png");
    }

    private static Path fixture() throws URISyntaxException {
        return fixture(FIXTURE);
    }

    /** A fixture as a file on disk, which is what a file input needs; test resources are files under target/. */
    private static Path fixture(String path) throws URISyntaxException {
        URL resource = EditorBrowserIT.class.getResource(path);
        assertThat(resource).as(path).isNotNull();
        return Path.of(resource.toURI()).toAbsolutePath();
    }

    /** Types into the text field that the label of this text names, as a reader finds it. */
    private void fillByLabel(String labelText, String text) {
        WebElement label = driver.findElement(By.xpath("//label[normalize-space()='" + labelText + "']"));
        browser.typeInto(label.getDomAttribute("for"), text);
    }

    private WebElement button(String text) {
        return driver.findElement(By.xpath("//main//button[normalize-space()='" + text + "']"));
    }

    private String h1() {
        return driver.findElement(By.cssSelector("h1")).getText();
    }

    /** The first draft's topic boxes whose label says the rules propose them. */
    private List<WebElement> proposedTopicBoxes() {
        return driver.findElements(By.xpath("//input[starts-with(@id, 'draft-0-topic-')]"
                + "[following-sibling::label[1][.//span[normalize-space()='proposed by the rules']]]"));
    }

    /** The ids of the timeline entries inside {@code container}, in the page's order. */
    private static List<String> entryIds(WebElement container) {
        return container.findElements(By.cssSelector("article.entry")).stream()
                .map(entry -> entry.getDomAttribute("id"))
                .toList();
    }
}
