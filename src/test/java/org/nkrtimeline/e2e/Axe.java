package org.nkrtimeline.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility rules engine, run in the page the browser shows. Its script comes from
 * the classpath (Deque's axe-core jar, test scope) and is injected through WebDriver, whose script
 * evaluation goes through the DevTools protocol and is not subject to the page's Content-Security-Policy
 * ({@code script-src 'self'}): the pages themselves stay exactly as readers get them.
 */
final class Axe {

    /** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and Deque's best practices. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    /** The impacts that fail an audit. */
    static final List<String> FAILING = List.of("serious", "critical");

    private static final String SCRIPT = load();

    /** One rule broken on a page: which, how badly, where (CSS selectors), and what to do. */
    record Violation(String rule, String impact, String help, String helpUrl, List<String> targets, String summary) {

        boolean fails() {
            return FAILING.contains(impact);
        }

        String describe(String page) {
            return "%s: %s (%s) %s%n    at %s%n    %s%n    %s"
                    .formatted(
                            page,
                            rule,
                            impact,
                            help,
                            String.join(" | ", targets),
                            summary.replace("\n", "\n    "),
                            helpUrl);
        }
    }

    private final ChromeDriver driver;

    Axe(ChromeDriver driver) {
        this.driver = driver;
    }

    /** The violations of {@link #TAGS} on the page the browser shows now. */
    List<Violation> audit() {
        driver.executeScript(SCRIPT);
        Object answer = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(results => done(results.violations.map(v => ({
                        rule: v.id, impact: v.impact || 'unknown', help: v.help, helpUrl: v.helpUrl,
                        targets: v.nodes.map(n => n.target.join(' ')),
                        summary: v.nodes.length > 0 ? (v.nodes[0].failureSummary || '') : ''}))))
                    .catch(error => done('axe failed: ' + error));
                """, TAGS);
        if (answer instanceof String error) {
            throw new IllegalStateException(error);
        }
        List<Violation> violations = new ArrayList<>();
        for (Object item : (List<?>) answer) {
            Map<?, ?> v = (Map<?, ?>) item;
            violations.add(new Violation(
                    (String) v.get("rule"),
                    (String) v.get("impact"),
                    (String) v.get("help"),
                    (String) v.get("helpUrl"),
                    ((List<?>) v.get("targets")).stream().map(String::valueOf).toList(),
                    (String) v.get("summary")));
        }
        return violations;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
