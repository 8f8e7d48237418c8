package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticles;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Each paragraph's link to itself: hidden until the paragraph is hovered or the link focused, and it leads there. */
class ParagraphLinksBrowserIT extends BrowserTest {

    private String opacity(WebElement element) {
        return (String) driver.executeScript("return getComputedStyle(arguments[0]).opacity", element);
    }

    @Test
    void aParagraphsLinkShowsOnHoverAndFocusAndAnAddressWithItsAnchorLeadsToIt() {
        open("/articles/" + SeedArticles.C);
        WebElement third = driver.findElement(By.id("p3"));
        WebElement link = third.findElement(By.cssSelector("a.paragraph-link"));
        WebElement first = driver.findElement(By.id("p1"));

        assertThat(opacity(link)).as("at rest").isEqualTo("0");
        new Actions(driver).moveToElement(third).perform();
        assertThat(opacity(link)).as("the paragraph hovered").isEqualTo("1");
        new Actions(driver)
                .moveToElement(driver.findElement(By.cssSelector("main h1")))
                .perform();
        driver.executeScript("arguments[0].focus()", first.findElement(By.cssSelector("a.paragraph-link")));
        assertThat(opacity(first.findElement(By.cssSelector("a.paragraph-link"))))
                .as("focused")
                .isEqualTo("1");
        assertThat(link.getDomProperty("textContent")).as("no text of its own").isEmpty();

        open("/articles/" + SeedArticles.C + "#p3");
        Object top = driver.executeScript("return document.getElementById('p3').getBoundingClientRect().top");
        assertThat(((Number) top).doubleValue()).as("scrolled to the paragraph").isBetween(-5.0, 100.0);
        assertThat((String) driver.executeScript("return document.querySelector(':target').id"))
                .isEqualTo("p3");
    }
}
