package org.nkrtimeline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.editorial.account.EditorAccounts;
import org.nkrtimeline.support.AuditedPages;
import org.nkrtimeline.support.AuditedPages.AuditedPage;
import org.nkrtimeline.support.Editorial;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * axe-core's WCAG 2.2 A and AA rules and best practices on every kind of page, in the light and the
 * dark colour scheme (so colour contrast is checked in both themes) and at a phone's width: no
 * violation of serious or critical impact. Lesser ones are logged.
 */
class AccessibilityAuditIT extends BrowserTest {

    private static final Logger log = LoggerFactory.getLogger(AccessibilityAuditIT.class);
    private static final String USERNAME = "axe-editor";
    private static final String PASSWORD = "a long test password";

    @Autowired
    EditorAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private final List<String> failures = new ArrayList<>();

    @AfterEach
    void backToDefaults() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        Editorial.reset(jdbc);
    }

    @ParameterizedTest(name = "{0} colour scheme")
    @ValueSource(strings = {"light", "dark"})
    void readersPagesAndErrorPagesHaveNoSeriousViolations(String scheme) {
        colourScheme(scheme);
        for (AuditedPage page : AuditedPages.PUBLIC) {
            audit(page, scheme);
        }
        assertNoFailures();
    }

    @ParameterizedTest(name = "{0} colour scheme")
    @ValueSource(strings = {"light", "dark"})
    void editorsPagesHaveNoSeriousViolations(String scheme) throws IOException {
        colourScheme(scheme);
        accounts.create(USERNAME, PASSWORD);
        EditorSignIn.signIn(browser, port, USERNAME, PASSWORD);
        for (AuditedPage page : AuditedPages.EDITOR) {
            audit(page, scheme);
        }
        openImportReview();
        record("import review [" + scheme + "]");
        assertNoFailures();
    }

    @ParameterizedTest(name = "{0} colour scheme")
    @ValueSource(strings = {"light", "dark"})
    void readersPagesHaveNoSeriousViolationsOnAPhone(String scheme) {
        colourScheme(scheme);
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 740, "deviceScaleFactor", 1, "mobile", true));
        for (AuditedPage page : AuditedPages.PHONE) {
            audit(page, scheme + ", 375 px");
        }
        assertNoFailures();
    }

    @Test
    void theAuditFindsAViolationWhenThereIsOne() {
        // The audit can fail: a control without a name, added to a real page, is reported as critical.
        open("/");
        driver.executeScript("document.querySelector('main')"
                + ".append(Object.assign(document.createElement('input'), {type: 'text'}))");
        List<Axe.Violation> violations = new Axe(driver).audit();
        assertThat(violations)
                .filteredOn(Axe.Violation::fails)
                .extracting(Axe.Violation::rule)
                .contains("label");
    }

    @Test
    void theAuditChecksContrastAgainstTheDarkThemesBackground() {
        // Dark grey text is fine on the light page and unreadable on the dark one: only the dark run reports it.
        colourScheme("dark");
        open("/");
        driver.executeScript("""
                const p = document.createElement('p');
                p.textContent = 'Dark grey text';
                p.style.color = '#333333';
                document.querySelector('main').append(p);
                """);
        assertThat(new Axe(driver).audit())
                .filteredOn(Axe.Violation::fails)
                .extracting(Axe.Violation::rule)
                .contains("color-contrast");
    }

    private void colourScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private void audit(AuditedPage page, String conditions) {
        open(page.path());
        assertThat(driver.getTitle()).as(page.name()).isNotBlank();
        openTheFiltersDisclosure();
        record(page.name() + " " + page.path() + " [" + conditions + "]");
        if (page.name().equals("filtered timeline") || page.name().equals("article")) {
            // Pictures of both themes in target/screenshots/, for a person to look at.
            screenshots.fullPage(
                    "a11y-" + page.name().replace(' ', '-') + "-" + conditions.replaceAll("[^a-z0-9]+", "-") + ".png");
        }
    }

    /**
     * Opens the filter form's disclosure, where there is one, so that axe checks its controls. axe counts
     * whatever is in a closed {@code <details>} as hidden, whatever the style says, and beside the
     * timeline the form's disclosure is closed but drawn open (site.css): audited closed, the form's
     * controls would go unchecked at every width. Opened, the page looks the same beside the timeline,
     * and on a phone it is the page a reader gets once they open it; the summary is checked either way.
     */
    private void openTheFiltersDisclosure() {
        driver.executeScript("document.querySelectorAll('details.filters-more').forEach(d => d.open = true)");
    }

    private void record(String where) {
        assertThat(driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"))
                .as("the emulated colour scheme on " + where)
                .isEqualTo(where.contains("[dark"));
        for (Axe.Violation violation : new Axe(driver).audit()) {
            if (violation.fails()) {
                failures.add(violation.describe(where));
            } else {
                log.warn("axe, {}", violation.describe(where));
            }
        }
    }

    private void assertNoFailures() {
        assertThat(failures)
                .withFailMessage(
                        () -> failures.size() + " serious or critical axe violations:\n" + String.join("\n", failures))
                .isEmpty();
    }

    private void openImportReview() throws IOException {
        open("/editor/import");
        String text;
        try (InputStream in = getClass().getResourceAsStream(AuditedPages.PASTE_FIXTURE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        WebElement area = driver.findElement(By.id("text"));
        driver.executeScript("arguments[0].value = arguments[1]", area, text);
        WebElement form = driver.findElement(By.cssSelector(AuditedPages.PASTE_FORM));
        browser.followLink(form.findElement(By.cssSelector("button[type=submit]")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Review the import");
    }
}
