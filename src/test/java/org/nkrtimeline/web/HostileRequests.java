package org.nkrtimeline.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.nkrtimeline.support.SeedArticles;

/**
 * Requests a hostile client might send to each public route: markup, SQL and search-syntax
 * metacharacters, impossible dates, huge numbers, overlong values, broken percent-encoding, raw
 * bytes that are not UTF-8, odd Unicode, repeated and unknown parameters, in every parameter and
 * path segment. Generated from a fixed seed, so a failing request is the same on every run.
 */
final class HostileRequests {

    /** One route of the site, as the summary names it. */
    enum Route {
        TIMELINE("GET /"),
        ARTICLE("GET /articles/{slug}"),
        TOPICS("GET /topics"),
        ENTITIES("GET /entities"),
        ENTITY("GET /entities/{slug}"),
        SIGN_IN_PAGE("GET /editor/sign-in"),
        SIGN_IN("POST /editor/sign-in"),
        STATIC("GET /css/..."),
        FEED("GET /feed.atom", "application/atom+xml"),
        EXPORTS("GET /export.csv, /export/timelinejs.json", "*/*"),
        API_ARTICLES("GET /api/v1/articles", "application/json"),
        API_ARTICLE("GET /api/v1/articles/{slug}", "application/json"),
        UNKNOWN("GET (unknown path)");

        final String label;
        /** What the route's clients accept: browsers pages, programs their own formats. */
        final String accept;

        Route(String label) {
            this(label, "text/html");
        }

        Route(String label, String accept) {
            this.label = label;
            this.accept = accept;
        }
    }

    /**
     * A session that may post the sign-in form: its cookie and the CSRF token its sign-in page gave it.
     */
    record Session(String cookie, String csrfToken) {}

    /**
     * A request exactly as sent. The target and body are bytes, one char each (ISO-8859-1).
     *
     * @param payloads the values it carries as the server should decode them, to look for on the page
     * @param expected the status it must get, or null where any answer below 500 will do
     */
    record HostileRequest(
            Route route,
            String method,
            String target,
            String body,
            Session session,
            List<String> payloads,
            Integer expected) {

        String describe() {
            return method + " " + target + (body == null ? "" : " body " + body)
                    + (session == null ? "" : " (with a session and its token)");
        }
    }

    /** Markup and script that must never come back as markup; each calls alert, so no page has it by chance. */
    private static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg onload=alert(1)>",
            "</title><script>alert(1)</script>",
            "</textarea><script>alert(1)</script>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=javascript:alert(1)></iframe>",
            "<ScRiPt>alert(1)</sCrIpT>",
            "<<script>alert(1)//<</script>",
            "<svg><script>alert&#40;1&#41;</script>",
            "\" autofocus onfocus=alert(1) x=\"",
            "' onmouseover='alert(1)",
            "javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;");

    /** Expression syntaxes of template engines, Thymeleaf's own included. */
    private static final List<String> TEMPLATE = List.of(
            "${7*7}",
            "__${7*7}__::.x",
            "[[${7*7}]]",
            "[(${7*7})]",
            "*{7*7}",
            "#{7*7}",
            "{{7*7}}",
            "@{//evil.example}",
            "~{fragments/layout}");

    /** SQL, LIKE, PostgreSQL full-text search and Lucene query-syntax metacharacters. */
    private static final List<String> SQL = List.of(
            "title:kim",
            "*:*",
            "kim^2 putin~2",
            "kim AND (putin OR",
            "[a TO z]",
            "{!lucene q=x}",
            "/.*/",
            "+-&&||!(){}[]^\"~*?:\\/",
            "' OR 1=1--",
            "' OR '1'='1",
            ";drop table article",
            "'; DROP TABLE editor; --",
            "\" OR \"\"=\"",
            "' UNION SELECT NULL, NULL--",
            "1' AND SLEEP(5)--",
            "'||pg_sleep(5)--",
            "%",
            "_",
            "\\",
            "%%",
            "%_%",
            "\\'",
            "''",
            "$$",
            "E'\\\\x00'",
            "::text",
            "'); --",
            "/*",
            "*/",
            "!",
            "!!",
            "&",
            "|",
            "&&&",
            ":*",
            "a:*",
            "<->",
            "<2>",
            "(",
            ")",
            "\"",
            "\"unterminated",
            "-",
            "--",
            "or",
            "OR OR or",
            "-\"\"",
            "!(a|b)",
            "a & !b",
            "''''",
            "\\:",
            "kim & | ! putin",
            "\"kim\" -\"putin\"");

    /** Dates that do not exist, are out of range or are written some other way. */
    private static final List<String> DATES = List.of(
            "2025-02-30",
            "0000-01-01",
            "99999-01-01",
            "-1-01-01",
            "2023-13-45",
            "2023-00-10",
            "+2023-01-01",
            "2023-1-1",
            "2023-09-13T00:00:00Z",
            "2023-02-29",
            "2024-02-29",
            "9999-12-31",
            "0001-01-01",
            "-999999999-01-01",
            "+999999999-12-31",
            "١٩٧٠-٠١-٠١",
            "２０２３-０９-１３",
            "2023‐09‐13",
            "13/09/2023",
            "2023-09-13 ",
            " 2023-09-13",
            "1e308",
            "today");

    /** Numbers too big for any type, negative, fractional, in other scripts. */
    private static final List<String> NUMBERS = List.of(
            "9223372036854775808",
            "9223372036854775807",
            "-9223372036854775808",
            "1e308",
            "999999999999999999999",
            "-1",
            "0",
            "-0",
            "00",
            "0x10",
            "1.5",
            "NaN",
            "Infinity",
            "-Infinity",
            "4294967296",
            "18446744073709551616",
            "1_000",
            "١٢٣",
            "42 ",
            "+42",
            "0042",
            "1",
            "5",
            "6",
            "2147483648");

    /** Unicode that trips up naive code: direction overrides, emoji, combining marks, controls, NUL. */
    private static final List<String> UNICODE = List.of(
            "\u202Eevil\u202C",
            "\uD83D\uDE00",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "e\u0301\u0301\u0301\u0301",
            "Z\u0334\u0321\u0322\u0353a\u0338l\u0337g\u0336o\u0335",
            "\u0000",
            "a\u0000b",
            "\u0001\u0002\u001F\u007F",
            "\u0085",
            "\u2028",
            "\u2029",
            "\uFEFF",
            "\u200B",
            "\uFFFD",
            "\uFFFF",
            "\uE000kim\uE001",
            "\u01C5",
            "\u0130",
            "\u00DF",
            "\uFB03",
            "\t",
            "\n",
            "\r\n",
            " ",
            "\u00A0",
            "\u3000",
            "北朝鮮",
            "Пхеньян",
            "كيم",
            "שלום",
            "\uD800\uDC00");

    /** Percent-encoding a strict decoder refuses: bad hex, truncated and overlong sequences, NUL, surrogates. */
    private static final List<String> BROKEN_ENCODINGS = List.of(
            "%ff",
            "%c3%28",
            "%",
            "%zz",
            "%00",
            "%e2%82",
            "%f0%9f%98",
            "%c0%80",
            "%c0%ae",
            "%ed%a0%80",
            "%f4%90%80%80",
            "%fe%ff",
            "%1",
            "%%",
            "%u0041",
            "%C3",
            "%2",
            "+%",
            "%0d%0a",
            "%25",
            "%2f",
            "%5c");

    /** Path segments, as sent, that try to climb out of a directory or confuse path matching. */
    private static final List<String> PATH_TRICKS = List.of(
            "..",
            ".",
            "..;",
            ";jsessionid=x",
            "%2e%2e",
            "%2E",
            "..%2f..%2fapplication.properties",
            "%252e%252e%252f",
            "..\\..\\",
            "%5c..%5c",
            "",
            "a;b=c",
            "~",
            "WEB-INF/web.xml",
            "META-INF/MANIFEST.MF",
            "..%00",
            "%c0%ae%c0%ae/",
            "%ef%bc%8f",
            "site.css%00.html",
            "site.css/",
            "site.css;.html",
            "..%2f..%2f..%2fetc%2fpasswd",
            "../../../../etc/passwd",
            "%2e%2e/%2e%2e/etc/passwd",
            "....//....//etc/passwd",
            "application.properties",
            "..%5capplication.properties");

    private static final List<String> UNKNOWN_PATHS = List.of(
            "wp-admin/",
            ".env",
            ".git/config",
            "actuator",
            "actuator/env",
            "actuator/heapdump",
            "h2-console",
            "error",
            "server-status",
            "admin",
            "api/articles",
            "bench",
            "bench/timeline",
            "editor/../topics",
            "articles",
            "entities/",
            "static/css/site.css",
            "index.html",
            "favicon.ico",
            "robots.txt",
            "templates/timeline.html",
            "db/migration",
            "css",
            "css/");

    private static final List<String> SLUGS =
            List.of(SeedArticles.A, SeedArticles.B, SeedArticles.C, SeedArticles.D, SeedArticles.E);
    private static final List<String> ENTITIES = List.of("sergei-shoigu", "pyongyang", "vladimir-putin", "kim-jong-un");
    private static final List<String> TOPICS = List.of("space", "arms", "war-in-ukraine", "diplomacy");
    private static final List<String> TIMELINE_PARAMS =
            List.of("q", "axis", "from", "to", "order", "topic", "entity", "after", "before");
    private static final List<String> PARAM_NAMES = List.of(
            "utm_source",
            "fbclid",
            "page",
            "q[]",
            "q.x",
            "Q",
            "id",
            "<script>",
            "%",
            "",
            "a b",
            "_csrf",
            "username",
            "__proto__",
            "constructor",
            "jsessionid",
            "error",
            "signed-out",
            "\u0000",
            "ü",
            "topic[0]",
            "order.asc");

    /** Request lines stay under Tomcat's 8 kB limit so that they reach the application. */
    private static final int TARGET_BUDGET = 7_000;
    /** What one overlong value may take of the request line, percent-encoded. */
    private static final int OVERLONG_BUDGET = 6_000;
    /** Far beyond any field: what a POST body can carry, as a request line cannot. */
    private static final int HUGE = 100_000;

    private enum Encoding {
        PERCENT,
        RAW,
        BROKEN
    }

    private final Random random;
    private final List<Session> sessions;
    private final List<String> payloads = new ArrayList<>();

    private HostileRequests(long seed, List<Session> sessions) {
        this.random = new Random(seed);
        this.sessions = sessions;
    }

    /** {@code count} requests to {@code route}; sign-in posts use {@code sessions} for their real tokens. */
    static List<HostileRequest> generate(Route route, int count, long seed, List<Session> sessions) {
        HostileRequests generator = new HostileRequests(seed ^ route.name().hashCode(), sessions);
        return IntStream.range(0, count).mapToObj(i -> generator.next(route)).toList();
    }

    private HostileRequest next(Route route) {
        payloads.clear();
        return switch (route) {
            case TIMELINE -> get(route, "/" + query(this::timelineParam, 1, 6));
            case ARTICLE ->
                get(route, "/articles/" + segment(SLUGS) + maybe(0.6, () -> query(this::timelineParam, 1, 5)));
            case TOPICS ->
                get(route, pick("/topics", "/topics", "/topics/", "/topics;x=y") + query(this::anyParam, 0, 4));
            case ENTITIES ->
                get(route, pick("/entities", "/entities", "/entities/", "/entities;x=y") + query(this::anyParam, 0, 4));
            case ENTITY -> get(route, "/entities/" + segment(ENTITIES) + maybe(0.4, () -> query(this::anyParam, 1, 4)));
            case SIGN_IN_PAGE -> get(route, "/editor/sign-in" + query(this::signInParam, 0, 4));
            case SIGN_IN -> signIn();
            case STATIC -> get(route, "/css/" + staticPath() + maybe(0.3, () -> query(this::anyParam, 1, 3)));
            case FEED -> get(route, "/feed.atom" + query(this::timelineParam, 1, 6));
            case EXPORTS ->
                get(route, pick("/export.csv", "/export/timelinejs.json") + query(this::timelineParam, 1, 6));
            case API_ARTICLES -> get(route, "/api/v1/articles" + query(this::timelineParam, 1, 6));
            case API_ARTICLE ->
                get(route, "/api/v1/articles/" + segment(SLUGS) + maybe(0.4, () -> query(this::anyParam, 1, 4)));
            case UNKNOWN -> get(route, unknownPath() + maybe(0.3, () -> query(this::anyParam, 1, 3)));
        };
    }

    private HostileRequest get(Route route, String target) {
        return new HostileRequest(route, "GET", target, null, null, List.copyOf(payloads), null);
    }

    /**
     * The sign-in form, posted by a forger (no token: refused with 403) or from a real session with
     * its token, which gets as far as checking the password (and is sent back to the form).
     */
    private HostileRequest signIn() {
        // One in eight: each checks a password (bcrypt, 0.1 s of CPU) unless five failures have locked its username.
        Session session = random.nextInt(8) == 0 ? sessions.get(random.nextInt(sessions.size())) : null;
        List<String> fields = new ArrayList<>();
        if (session != null) {
            // First, so that a broken field after it cannot keep the server from reading it.
            fields.add("_csrf=" + session.csrfToken());
        } else if (random.nextBoolean()) {
            fields.add("_csrf=" + encoded(value(this::hostile)));
        }
        for (String name : List.of("username", "password")) {
            if (random.nextInt(6) > 0) {
                fields.add(encoded(name) + "=" + fieldValue());
            }
        }
        if (random.nextInt(4) == 0) {
            fields.add(encoded(pick(PARAM_NAMES)) + "=" + fieldValue());
        }
        // Percent-encoded only: a request line the server cannot read gets a 400 before the form is looked at.
        String target = "/editor/sign-in"
                + maybe(0.1, () -> "?" + pick("error", "signed-out") + "=" + encoded(value(this::hostile)));
        return new HostileRequest(
                Route.SIGN_IN,
                "POST",
                target,
                String.join("&", fields),
                session,
                List.copyOf(payloads),
                session == null ? 403 : 302);
    }

    private String fieldValue() {
        if (random.nextInt(20) == 0) {
            String huge = repeatedTo(pickAny(MARKUP, SQL, UNICODE), HUGE);
            payloads.add(huge);
            return encoded(huge);
        }
        return sent(value(this::hostile));
    }

    private String timelineParam() {
        String name = random.nextInt(8) == 0 ? pick(PARAM_NAMES) : pick(TIMELINE_PARAMS);
        Supplier<String> valid = switch (name) {
            case "q" -> () -> pick("kim", "putin shoigu", "\"glory to russia\"", "drones -hat", "or");
            case "axis" -> () -> pick("event", "published");
            case "order" -> () -> pick("asc", "desc", "relevance");
            case "from", "to" -> () -> pick("2023-09-13", "2024-03-23", "2023-01-01", "2025-12-31");
            case "topic" -> () -> pick(TOPICS);
            case "entity" -> () -> pick(ENTITIES);
            case "after", "before" -> () -> String.valueOf(1 + random.nextInt(5));
            default -> this::hostile;
        };
        Supplier<String> hostile = switch (name) {
            case "from", "to" -> () -> random.nextBoolean() ? pick(DATES) : hostile();
            case "after", "before" -> () -> random.nextBoolean() ? pick(NUMBERS) : hostile();
            default -> this::hostile;
        };
        return param(name, random.nextInt(4) == 0 ? valid : hostile);
    }

    private String signInParam() {
        String name = pick("error", "error", "signed-out", "signed-out", pick(PARAM_NAMES));
        return param(name, random.nextInt(4) == 0 ? () -> pick("credentials", "locked", "") : this::hostile);
    }

    private String anyParam() {
        return param(random.nextInt(3) == 0 ? pick(PARAM_NAMES) : pick(TIMELINE_PARAMS), this::hostile);
    }

    /** A parameter, sometimes repeated, sometimes without a value or even a name. */
    private String param(String name, Supplier<String> value) {
        String sentName = random.nextInt(10) == 0 ? sent(name) : encoded(name);
        int times = random.nextInt(6) == 0 ? 2 + random.nextInt(3) : 1;
        List<String> params = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            params.add(
                    switch (random.nextInt(20)) {
                        case 0 -> sentName;
                        case 1 -> sentName + "=";
                        default -> sentName + "=" + sent(value(value));
                    });
        }
        return String.join("&", params);
    }

    private String query(Supplier<String> param, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        List<String> params = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            params.add(param.get());
        }
        String query = String.join(random.nextInt(10) == 0 ? "&&" : "&", params);
        if (query.length() > TARGET_BUDGET) {
            // Too long for a request line: keep whole parameters, as many as fit.
            query = query.substring(0, query.lastIndexOf('&', TARGET_BUDGET) + 1);
        }
        return count == 0 ? "" : "?" + query;
    }

    /** A path segment: a real one, a hostile value, a path trick, or a real one with something after it. */
    private String segment(List<String> real) {
        return switch (random.nextInt(6)) {
            case 0 -> pick(real);
            case 1 -> pick(PATH_TRICKS);
            case 2 ->
                pick(real)
                        + pick("/", ";", "%2f", "/..", ".html", "%00", "%20", "/extra")
                        + maybe(0.5, () -> sent(value(this::hostile)));
            default -> sent(value(this::hostile));
        };
    }

    private String staticPath() {
        return switch (random.nextInt(5)) {
            case 0 -> pick("site.css", "site-00000000000000000000000000000000.css", "site.css.map", "SITE.CSS", "site");
            case 1 -> pick(PATH_TRICKS);
            case 2 -> pick(PATH_TRICKS) + "/" + pick(PATH_TRICKS);
            default -> sent(value(this::hostile)) + maybe(0.3, () -> pick(".css", "/site.css", "%00.css"));
        };
    }

    private String unknownPath() {
        StringBuilder path = new StringBuilder();
        int segments = 1 + random.nextInt(3);
        for (int i = 0; i < segments; i++) {
            path.append('/')
                    .append(
                            switch (random.nextInt(3)) {
                                case 0 -> pick(UNKNOWN_PATHS);
                                case 1 -> pick(PATH_TRICKS);
                                default -> sent(value(this::hostile));
                            });
        }
        return path.toString();
    }

    /** A value, now and then overlong: far past any limit, yet short enough for the request line. */
    private String value(Supplier<String> value) {
        String chosen = value.get();
        if (random.nextInt(25) == 0 && !chosen.isEmpty()) {
            chosen = repeatedTo(chosen, pick(201, 1_001, 2_000));
            int sentLength = encoded(chosen).length();
            if (sentLength > OVERLONG_BUDGET) {
                chosen = chosen.substring(0, chosen.length() * OVERLONG_BUDGET / sentLength);
            }
        }
        payloads.add(chosen);
        return chosen;
    }

    private static String repeatedTo(String value, int length) {
        return value.repeat(length / value.length() + 1).substring(0, length);
    }

    /** Any hostile value, alone, after a plausible one or two run together. */
    private String hostile() {
        String one = pickAny(MARKUP, TEMPLATE, SQL, DATES, NUMBERS, UNICODE);
        return switch (random.nextInt(6)) {
            case 0 -> pick("kim", "2023-09-13", "space", "1", "sergei-shoigu") + one;
            case 1 -> one + pickAny(MARKUP, TEMPLATE, SQL, DATES, NUMBERS, UNICODE);
            default -> one;
        };
    }

    /** The value as a client would put it in an address: usually percent-encoded, sometimes raw or broken. */
    private String sent(String value) {
        return switch (pickEncoding()) {
            case PERCENT -> encoded(value);
            case RAW -> raw(value);
            case BROKEN -> {
                String encoded = encoded(value);
                int at = random.nextInt(encoded.length() + 1);
                // Not inside an escape: the broken one is added whole, the others stay intact.
                while (at > 0
                        && at < encoded.length()
                        && (encoded.charAt(at - 1) == '%' || at > 1 && encoded.charAt(at - 2) == '%')) {
                    at--;
                }
                yield encoded.substring(0, at) + pick(BROKEN_ENCODINGS) + encoded.substring(at);
            }
        };
    }

    private Encoding pickEncoding() {
        int roll = random.nextInt(20);
        return roll < 14 ? Encoding.PERCENT : roll < 17 ? Encoding.RAW : Encoding.BROKEN;
    }

    /** Every byte of the UTF-8 encoding escaped but letters, digits and "-._~" (RFC 3986's unreserved). */
    private static String encoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /**
     * The UTF-8 bytes unescaped, as a careless client sends them. Line breaks stay escaped: a raw one
     * would end the request line, which tests the HTTP parser's framing rather than the application.
     */
    private static String raw(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            out.append(b == '\r' || b == '\n' ? b == '\r' ? "%0D" : "%0A" : String.valueOf((char) (b & 0xFF)));
        }
        return out.toString();
    }

    private String maybe(double probability, Supplier<String> part) {
        return random.nextDouble() < probability ? part.get() : "";
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    private String pickAny(List<String>... lists) {
        return pick(lists[random.nextInt(lists.length)]);
    }
}
