package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A newsroom's page of another origin (a server of its own on another port) frames a filtered
 * timeline in Chromium: the embed shows, its entries' links keep the reader's filters and open the full
 * page in a new tab, and a page that is not an embed stays empty in a frame.
 */
class EmbedBrowserIT extends BrowserTest {

    private HttpServer newsroom;

    @BeforeEach
    void aNewsroomOfAnotherOrigin() throws IOException {
        newsroom = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        newsroom.createContext("/story", exchange -> {
            String app = "http://localhost:" + port;
            byte[] page = ("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>A story</title></head><body>"
                            + "<h1>A story</h1><iframe id=embed title=Timeline width=600 height=640 src=\"" + app
                            + "/embed?topic=summit-diplomacy&amp;view=articles\"></iframe>"
                            + "<iframe id=page title=Page width=600 height=300 src=\"" + app + "/\"></iframe>"
                            + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        newsroom.start();
    }

    @AfterEach
    void closeTheNewsroom() {
        newsroom.stop(0);
        List<String> windows = new ArrayList<>(driver.getWindowHandles());
        for (String window : windows.subList(1, windows.size())) {
            driver.switchTo().window(window).close();
        }
        driver.switchTo().window(windows.get(0));
    }

    @Test
    void aTimelineViewEmbedsInAPageOfAnotherOriginAndItsLinksKeepTheFilters() {
        String story = "http://127.0.0.1:" + newsroom.getAddress().getPort() + "/story";
        driver.get(story);
        String newsroomWindow = driver.getWindowHandle();

        driver.switchTo().frame("embed");
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        !driver.findElements(By.cssSelector("article.entry")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("h1")).getText())
                .isEqualTo("North Korea–Russia relations: a filtered timeline");
        WebElement first = driver.findElement(By.cssSelector("article.entry h4 a"));
        assertThat(first.getDomProperty("href")).endsWith("?topic=summit-diplomacy&view=articles");
        first.click();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> driver.getWindowHandles().size() == 2);
        String opened = driver.getWindowHandles().stream()
                .filter(window -> !window.equals(newsroomWindow))
                .findFirst()
                .orElseThrow();
        driver.switchTo().window(opened);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> driver.getCurrentUrl().contains("/articles/"));
        assertThat(driver.getCurrentUrl())
                .startsWith("http://localhost:" + port + "/articles/")
                .endsWith("?topic=summit-diplomacy&view=articles");
        assertThat(driver.findElements(By.cssSelector(".site-header")))
                .as("the full page")
                .hasSize(1);

        driver.switchTo().window(newsroomWindow);
        driver.switchTo().defaultContent();
        driver.switchTo().frame("page");
        // The timeline's own page refuses the frame (frame-ancestors 'none'): nothing of it ever shows there.
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> driver.findElements(By.id("main")).isEmpty());
    }
}
