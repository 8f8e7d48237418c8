package org.nkrtimeline.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts a headless Chromium through a local chromedriver, both given by path so that Selenium
 * Manager never tries to download a browser or a driver. {@code CHROME_BIN} and {@code CHROMEDRIVER}
 * override the Debian locations.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String INSTALL_HINT = "install chromium and chromium-driver "
            + "(apt-get install chromium chromium-driver), or point CHROME_BIN and CHROMEDRIVER "
            + "at a browser and its driver";

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Why the browser cannot start (no browser or no driver at the configured paths), or null when
     * it can.
     */
    static String missing() {
        Path browser = browser();
        Path chromedriver = chromedriver();
        if (!Files.isExecutable(browser)) {
            return "The browser tests need Chromium: there is no browser at " + browser + "; " + INSTALL_HINT + ".";
        }
        if (!Files.isExecutable(chromedriver)) {
            return "The browser tests need Chromium: there is no chromedriver at " + chromedriver + "; " + INSTALL_HINT
                    + ".";
        }
        return null;
    }

    /** Whether this runs in CI, where a missing browser is an error rather than a reason to skip. */
    static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    /** Starts the browser; see {@link RequiresChromium} for what happens when it is not installed. */
    static HeadlessChromium start() {
        String missing = missing();
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        Path browser = browser();
        Path chromedriver = chromedriver();
        Path profile;
        try {
            profile = Files.createTempDirectory("nkr-e2e-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                // No classic scrollbar: pages are laid out, and pictured, at the full 1280 px.
                "--hide-scrollbars",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new HeadlessChromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static Path browser() {
        return Path.of(setting("CHROME_BIN", "/usr/bin/chromium"));
    }

    private static Path chromedriver() {
        return Path.of(setting("CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A leftover profile in the temp directory is harmless.
        }
    }
}
