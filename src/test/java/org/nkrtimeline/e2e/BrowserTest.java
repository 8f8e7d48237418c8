package org.nkrtimeline.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the end-to-end tests: the app on a random port and one headless Chromium per test class,
 * each test starting from a blank page.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static HeadlessChromium chromium;
    static ChromeDriver driver;
    static Browser browser;
    static Screenshots screenshots;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
        browser = new Browser(driver);
        screenshots = new Screenshots(driver);
    }

    @AfterAll
    static void quitBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void startFromABlankPage() {
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    /** Opens a path of the app and waits for the page. */
    void open(String path) {
        browser.open("http://localhost:" + port + path);
    }
}
