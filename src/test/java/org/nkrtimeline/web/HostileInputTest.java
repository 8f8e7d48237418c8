package org.nkrtimeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.RawHttp;
import org.nkrtimeline.support.WebTest;
import org.nkrtimeline.web.HostileRequests.HostileRequest;
import org.nkrtimeline.web.HostileRequests.Route;
import org.nkrtimeline.web.HostileRequests.Session;

/**
 * Thousands of hostile requests to every public route, each of which must get an answer that is
 * not a server error, says nothing about the code or the database behind it, shows no input as
 * markup, and comes within a second. The summary of statuses per route is in the test's output.
 */
class HostileInputTest extends WebTest {

    private static final int REQUESTS_PER_ROUTE = 2_000;
    /** Change it to explore other requests; any failure names the request, which the seed reproduces. */
    private static final long SEED = 20_240_613L;

    private static final Duration TIME_LIMIT = Duration.ofSeconds(1);
    /** Enough to keep both cores busy while a request waits on the database, without queueing behind each other. */
    private static final int CLIENTS = 3;

    private static final int SESSIONS = 4;
    /** How many failures the report lists in full; the counts cover them all. */
    private static final int FAILURES_SHOWN = 25;

    /**
     * What an error page shows when it leaks internals: exception names, stack frames, SQL and
     * PostgreSQL's messages, server files. Case matters: none of these is in the site's own text,
     * and no hostile value contains one (checked below), so a match is a leak, not an echo.
     */
    private static final List<String> LEAKS = List.of(
            "Exception",
            "\tat ",
            "at org.",
            "at java.",
            "java.lang",
            "Caused by",
            "jakarta.servlet",
            "springframework",
            "org.hibernate",
            "org.postgresql",
            "PSQL",
            "SQLState",
            "SQL state",
            "ERROR: ",
            "syntax error",
            "from article",
            "select a.",
            "select s.",
            "websearch_to_tsquery",
            "Whitelabel",
            "Apache Tomcat",
            "spring.datasource",
            "spring.application.name",
            "root:x:0:0");

    /**
     * A form's CSRF token, left out of the search for leaks: it is random, so once in a while it
     * spells one ("PSQL" did, in a sign-in page's token).
     */
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

    /** What a request got: its status, how long the first answer took, whether it was slow enough to ask again. */
    private record Outcome(HostileRequest request, int status, Duration time, boolean retried, List<String> problems) {}

    @Test
    void everyPublicRouteAnswersHostileInputWithoutServerErrorsLeaksOrReflectedMarkupWithinASecond() throws Exception {
        RawHttp http = new RawHttp(port);
        List<Session> sessions =
                IntStream.range(0, SESSIONS).mapToObj(i -> signInSession(http)).toList();
        List<HostileRequest> requests = new ArrayList<>();
        for (Route route : Route.values()) {
            requests.addAll(HostileRequests.generate(route, REQUESTS_PER_ROUTE, SEED, sessions));
        }
        assertThat(requests)
                .allSatisfy(request -> assertThat(request.payloads())
                        .as("a hostile value that contains a leak marker would fail the test by being shown, escaped")
                        .noneMatch(payload -> LEAKS.stream().anyMatch(payload::contains)));
        warmUp(http, sessions.get(0));

        long start = System.nanoTime();
        List<Outcome> outcomes = sendAll(http, requests);

        System.out.println(summary(outcomes, Duration.ofNanos(System.nanoTime() - start)));
        List<String> failures = outcomes.stream()
                .flatMap(outcome -> outcome.problems().stream()
                        .map(problem -> problem + ": " + outcome.request().describe()))
                .map(RawHttp::abbreviated)
                .toList();
        assertThat(failures)
                .as(
                        "%d problems, the first %d:%n%s",
                        failures.size(),
                        FAILURES_SHOWN,
                        String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))))
                .isEmpty();
        assertThat(outcomes).hasSize(Route.values().length * REQUESTS_PER_ROUTE);
    }

    /** A reader's session with the sign-in form's CSRF token, as a browser has it after opening the form. */
    private static Session signInSession(RawHttp http) {
        Page page = http.get("/editor/sign-in");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .map(header -> header.split(";", 2)[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("the sign-in page started no session"));
        return new Session(cookie, page.document().select("input[name=_csrf]").val());
    }

    /**
     * The first request to each page compiles its template, and the first sign-in hashes the password
     * that unknown usernames are checked against; that is start-up, not an answer to hostile input.
     */
    private static void warmUp(RawHttp http, Session session) {
        for (String target : List.of(
                "/",
                "/?q=kim",
                "/articles/x",
                "/topics",
                "/entities",
                "/entities/sergei-shoigu",
                "/editor/sign-in",
                "/css/site.css",
                "/no-such-page",
                "/feed.atom?q=kim",
                "/export.csv",
                "/export/timelinejs.json",
                "/api/v1/articles?q=kim",
                "/api/v1/articles/x")) {
            http.get(target);
        }
        http.postForm(
                "/editor/sign-in",
                "_csrf=" + session.csrfToken() + "&username=warm-up&password=warm-up",
                "Cookie",
                session.cookie());
    }

    private static List<Outcome> sendAll(RawHttp http, List<HostileRequest> requests) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Callable<Outcome>> calls = requests.stream()
                    .<Callable<Outcome>>map(request -> () -> send(http, request))
                    .toList();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : clients.invokeAll(calls)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Sends the request; an answer slower than the limit is asked for again once, and only a second
     * slow answer counts: a 2-core machine shared with other builds can stall any one request, while
     * input that is slow to handle is slow every time.
     */
    private static Outcome send(RawHttp http, HostileRequest request) {
        Timed first = timed(http, request);
        if (first.page() == null) {
            return new Outcome(request, 0, first.time(), false, List.of("no answer (" + first.failure() + ")"));
        }
        boolean retried = first.time().compareTo(TIME_LIMIT) > 0;
        Duration time = retried ? timed(http, request).time() : first.time();
        List<String> problems = problems(request, first.page());
        if (time.compareTo(TIME_LIMIT) > 0) {
            problems.add("took %d ms, and %d ms again".formatted(first.time().toMillis(), time.toMillis()));
        }
        return new Outcome(request, first.page().status(), first.time(), retried, problems);
    }

    /** An answer (null if none came) and how long it took. */
    private record Timed(Page page, Duration time, String failure) {}

    private static Timed timed(RawHttp http, HostileRequest request) {
        long start = System.nanoTime();
        try {
            Page page = request.method().equals("POST")
                    ? http.postForm(
                            request.target(),
                            request.body(),
                            request.session() == null
                                    ? new String[0]
                                    : new String[] {"Cookie", request.session().cookie()})
                    : http.get(request.target(), request.route().accept);
            return new Timed(page, Duration.ofNanos(System.nanoTime() - start), null);
        } catch (RuntimeException noAnswer) {
            return new Timed(null, Duration.ofNanos(System.nanoTime() - start), noAnswer.getMessage());
        }
    }

    private static List<String> problems(HostileRequest request, Page page) {
        List<String> problems = new ArrayList<>();
        if (page.status() >= 500) {
            problems.add("status " + page.status());
        }
        if (request.expected() != null && page.status() != request.expected()) {
            problems.add("status " + page.status() + " instead of " + request.expected());
        }
        String shown = CSRF_TOKEN.matcher(page.html()).replaceAll("name=\"_csrf\"");
        LEAKS.stream().filter(shown::contains).forEach(leak -> problems.add("the page shows “" + leak + "”"));
        String headers = page.headers().map().toString();
        for (String payload : request.payloads()) {
            if (payload.contains("<") && (page.html().contains(payload) || headers.contains(payload))) {
                problems.add("the page shows the input as markup: " + payload);
            }
        }
        if (page.html().contains("alert")) {
            // Every markup payload calls alert: without the word, no input of this test can be active on the page.
            problems.addAll(activeMarkup(page.document()));
        }
        return problems;
    }

    /**
     * Markup that would run script, wherever it came from: the site has no event handler attributes
     * and no javascript: links of its own, and no script elements but an article page's JSON-LD data
     * block (never run, and free of any "<") and its content-hashed /js file.
     */
    private static List<String> activeMarkup(Document document) {
        List<String> found = new ArrayList<>();
        if (document.select("script, iframe, object, embed").stream()
                .anyMatch(element -> !isTheSitesOwnScript(element))) {
            found.add("the page has a script, frame or plugin element");
        }
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                        || value.startsWith("javascript:")
                        || value.startsWith("data:text/html")) {
                    found.add("the page has an active attribute: " + attribute.html());
                }
            }
        }
        return found;
    }

    private static boolean isTheSitesOwnScript(Element element) {
        return element.tagName().equals("script")
                && (element.attr("src").matches("/js/[a-z-]+-[0-9a-f]{32}\\.js")
                        || element.attr("type").equals("application/ld+json")
                                && !element.hasAttr("src")
                                && !element.data().contains("<"));
    }

    /** Per route: how many requests got each status, the slowest first answer, and how many were asked again. */
    private static String summary(List<Outcome> outcomes, Duration took) {
        Map<Route, List<Outcome>> byRoute = outcomes.stream()
                .collect(Collectors.groupingBy(
                        outcome -> outcome.request().route(), () -> new EnumMap<>(Route.class), Collectors.toList()));
        StringBuilder summary = new StringBuilder("Hostile requests (seed %d), %d clients:%n".formatted(SEED, CLIENTS));
        byRoute.forEach((route, sent) -> {
            Map<Integer, Long> statuses =
                    sent.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
            summary.append("  %-22s %5d requests, slowest %4d ms, %2d asked again; status %s%n"
                    .formatted(
                            route.label,
                            sent.size(),
                            slowest(sent),
                            sent.stream().filter(Outcome::retried).count(),
                            statuses.entrySet().stream()
                                    .map(e -> e.getKey() + " ×" + e.getValue())
                                    .collect(Collectors.joining(", "))));
        });
        return summary.append("  all routes: %d requests in %d s, slowest %d ms%n"
                        .formatted(outcomes.size(), took.toSeconds(), slowest(outcomes)))
                .toString();
    }

    private static long slowest(List<Outcome> outcomes) {
        return outcomes.stream()
                .mapToLong(outcome -> outcome.time().toMillis())
                .max()
                .orElse(0);
    }
}
