package org.nkrtimeline.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Full-page PNG screenshots in {@code target/screenshots/}, taken through the DevTools protocol. */
final class Screenshots {

    static final Path DIRECTORY = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    Screenshots(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A picture of a whole page, and that page's size in CSS pixels. */
    record Shot(Path file, long pageWidth, long pageHeight) {}

    /** The whole current page at the window's width. */
    Shot fullPage(String name) {
        return capture(name);
    }

    /** What the viewport shows now: the screen a reader sees, not the whole page. */
    Shot screen(String name) {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) driver.executeScript("return [innerWidth, innerHeight];");
        byte[] png;
        try {
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException devToolsUnavailable) {
            png = driver.getScreenshotAs(OutputType.BYTES);
        }
        return new Shot(write(name, png), size.get(0).longValue(), size.get(1).longValue());
    }

    /** The current page reloaded and laid out in a phone's viewport, {@code width} CSS pixels wide. */
    Shot phone(String name, int width, int height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.navigate().refresh();
            return capture(name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * The whole page. What sticks to an edge of the window (the filter form's "Apply filters" bar) is
     * drawn where it stands in the page: a picture of the whole page has no window edge for it to
     * stick to, and would otherwise show it wherever the window's edge happened to be.
     */
    private Shot capture(String name) {
        Object unstuck = driver.executeScript("""
                const stuck = [...document.querySelectorAll('*')]
                    .filter(e => getComputedStyle(e).position === 'sticky');
                stuck.forEach(e => e.style.setProperty('position', 'static', 'important'));
                return stuck;
                """);
        try {
            @SuppressWarnings("unchecked")
            List<Number> size = (List<Number>)
                    driver.executeScript("const e = document.documentElement; return [e.scrollWidth, e.scrollHeight];");
            long width = size.get(0).longValue();
            long height = size.get(1).longValue();
            return new Shot(write(name, png(width, height)), width, height);
        } finally {
            driver.executeScript("arguments[0].forEach(e => e.style.removeProperty('position'))", unstuck);
        }
    }

    private byte[] png(long width, long height) {
        try {
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shot.get("data"));
        } catch (RuntimeException devToolsUnavailable) {
            return driver.getScreenshotAs(OutputType.BYTES);
        }
    }

    private static Path write(String name, byte[] png) {
        try {
            Files.createDirectories(DIRECTORY);
            return Files.write(DIRECTORY.resolve(name), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
