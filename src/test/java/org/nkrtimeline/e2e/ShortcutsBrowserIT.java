package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticles;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The article page's keyboard shortcuts in Chromium: J/N and K/P follow the pager's next and
 * previous links (keeping the reader's filters), "?" opens the help page, nothing fires while typing
 * or with a modifier, and the help page's switch turns them off, remembered in the browser only.
 */
class ShortcutsBrowserIT extends BrowserTest {

    /** In the war-in-Ukraine timeline, by event date: E, then D, then C. */
    private static final String FILTER = "?topic=war-in-ukraine";

    /** Records, after the page's own handler ran, each key and whether a shortcut took it. */
    private void recordKeys() {
        driver.executeScript("""
                window.keysSeen = [];
                window.addEventListener('keydown',
                    e => window.keysSeen.push(e.key + (e.defaultPrevented ? ':taken' : ':ignored')));
                """);
    }

    @SuppressWarnings("unchecked")
    private List<String> keysSeen() {
        return (List<String>) driver.executeScript("return window.keysSeen");
    }

    @Test
    void theLetterKeysMoveToTheNextAndPreviousArticleKeepingTheFilters() {
        open("/articles/" + SeedArticles.D + FILTER);

        browser.loadingANewPage(() -> browser.press("j"));
        assertThat(browser.path()).isEqualTo("/articles/" + SeedArticles.C);
        assertThat(browser.query().get("topic")).containsExactly("war-in-ukraine");

        browser.loadingANewPage(() -> browser.press("k"));
        assertThat(browser.path()).isEqualTo("/articles/" + SeedArticles.D);

        browser.loadingANewPage(() -> browser.press("p"));
        assertThat(browser.path()).isEqualTo("/articles/" + SeedArticles.E);
        assertThat(browser.query().get("topic")).containsExactly("war-in-ukraine");

        browser.loadingANewPage(() -> browser.press("n"));
        assertThat(browser.path()).isEqualTo("/articles/" + SeedArticles.D);
    }

    @Test
    void theQuestionMarkOpensTheHelpPage() {
        open("/articles/" + SeedArticles.D);

        browser.loadingANewPage(() -> browser.press("?"));

        assertThat(browser.path()).isEqualTo("/help");
    }

    @Test
    void atTheEndOfTheTimelineThereIsNoNextAndTheKeyDoesNothing() {
        open("/articles/" + SeedArticles.C + FILTER);
        recordKeys();

        browser.press("j");

        assertThat(keysSeen()).containsExactly("j:ignored");
        assertThat(browser.path()).isEqualTo("/articles/" + SeedArticles.C);
    }

    @Test
    void keysTypedIntoAFieldOrWithAModifierAreNotShortcuts() {
        open("/articles/" + SeedArticles.D + FILTER);
        // The article page has no field of its own; any field a page may gain must keep its keys.
        driver.executeScript("""
                const label = document.createElement('label');
                label.textContent = 'Note ';
                const input = document.createElement('input');
                input.id = 'note';
                label.append(input);
                document.querySelector('main').prepend(label);
                """);
        recordKeys();

        browser.typeInto("note", "jnkp");
        browser.focused().sendKeys(Keys.ESCAPE);
        driver.executeScript("document.activeElement.blur()");
        // Held down while the letter is pressed, as a hand does (a chord string would press and release each key).
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys("j").keyUp(Keys.SHIFT).perform();
        new Actions(driver).keyDown(Keys.ALT).sendKeys("k").keyUp(Keys.ALT).perform();
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("n")
                .keyUp(Keys.CONTROL)
                .perform();

        assertThat(keysSeen())
                .filteredOn(key -> key.length() == "j:ignored".length())
                .extracting(key -> key.toLowerCase(Locale.ROOT))
                .containsExactly(
                        "j:ignored", "n:ignored", "k:ignored", "p:ignored", "j:ignored", "k:ignored", "n:ignored");
        assertThat(driver.findElement(By.id("note")).getDomProperty("value")).isEqualTo("jnkp");
        assertThat(browser.path()).isEqualTo("/articles/" + SeedArticles.D);
    }

    @Test
    void theSwitchOnTheHelpPageTurnsTheShortcutsOffInThisBrowserOnly() {
        open("/help");
        WebElement box = driver.findElement(By.id("shortcuts-switch"));
        assertThat(box.isDisplayed()).as("shown once the script runs").isTrue();
        assertThat(box.isSelected()).isTrue();
        assertThat(driver.findElement(By.id("shortcuts-no-script")).isDisplayed())
                .isFalse();

        driver.findElement(By.cssSelector("label[for=shortcuts-switch]")).click();
        browser.await().until(d -> !box.isSelected());
        assertThat(driver.findElement(By.id("shortcuts-status")).getText()).isEqualTo("Shortcuts are off.");
        try {
            open("/articles/" + SeedArticles.D + FILTER);
            recordKeys();
            browser.press("j");
            browser.press("k");

            assertThat(keysSeen()).containsExactly("j:ignored", "k:ignored");
            assertThat(browser.path()).isEqualTo("/articles/" + SeedArticles.D);
            assertThat(driver.manage().getCookies())
                    .as("the choice is no cookie")
                    .isEmpty();

            open("/help");
            assertThat(driver.findElement(By.id("shortcuts-switch")).isSelected())
                    .as("the choice is remembered")
                    .isFalse();
            driver.findElement(By.cssSelector("label[for=shortcuts-switch]")).click();
            assertThat(driver.findElement(By.id("shortcuts-status")).getText()).isEqualTo("Shortcuts are on.");

            open("/articles/" + SeedArticles.D + FILTER);
            browser.loadingANewPage(() -> browser.press("j"));
            assertThat(browser.path()).isEqualTo("/articles/" + SeedArticles.C);
        } finally {
            driver.executeScript("window.localStorage.clear()");
        }
    }
}
