package org.nkrtimeline.editorial.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.EditorSession;
import org.nkrtimeline.support.EditorWebTest;
import org.nkrtimeline.support.SeedArticles;

/**
 * The editors' side is closed to everyone else: anonymous visitors and forged requests (no CSRF
 * token, or another session's) are refused at every editor endpoint and change nothing; sessions are
 * renewed at sign-in, ended at sign-out, and their cookie is Secure over HTTPS.
 */
class EditorSecurityTest extends EditorWebTest {

    private static final String ARTICLE = "/editor/articles/" + SeedArticles.E;

    /** Every editor page and every state-changing endpoint, with fields that would change something. */
    private static final Map<String, List<Map.Entry<String, String>>> POSTS = Map.of(
            "/editor/import/text",
            List.of(Map.entry("text", " date 2025-01-01 A forged article. It has two sentences.")),
            "/editor/import/confirm",
            List.of(
                    Map.entry("files[0].draft", "00000000-0000-0000-0000-000000000000"),
                    Map.entry("files[0].include", "true"),
                    Map.entry("files[0].metadata.headline", "Forged")),
            ARTICLE,
            List.of(
                    Map.entry("version", "0"),
                    Map.entry("metadata.headline", "Forged headline"),
                    Map.entry("hidden", "true")),
            "/editor/topic-rules",
            List.of(Map.entry("topic", "space"), Map.entry("phrase", "forged phrase")),
            "/editor/topic-rules/1/delete",
            List.of(),
            "/editor/entities",
            List.of(Map.entry("name", "Forged Person"), Map.entry("kind", "PERSON"), Map.entry("description", "x")),
            "/editor/entities/sergei-shoigu/spellings",
            List.of(Map.entry("spelling", "Шойгу Forged"), Map.entry("source", "x")),
            "/editor/entities/sergei-shoigu/spellings/remove",
            List.of(Map.entry("spelling", "Шойгу")),
            "/editor/import/files",
            List.of());

    @BeforeEach
    void oneEditor() {
        accounts.create("security-editor", PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/editor",
                "/editor/",
                "/editor/import",
                "/editor/articles",
                ARTICLE,
                ARTICLE + "/history",
                "/editor/topic-rules",
                "/editor/entities",
                "/editor/entities/sergei-shoigu",
                "/editor/articles/no-such-article"
            })
    void anonymousVisitorsOfEditorPagesAreSentToSignIn(String path) {
        Page page = get(path);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/editor/sign-in");
    }

    @Test
    void anonymousRequestsWithoutATokenAreRefusedAndChangeNothing() {
        String before = fingerprint();
        for (Map.Entry<String, List<Map.Entry<String, String>>> post : POSTS.entrySet()) {
            Page page = EditorSession.anonymous(port).post(post.getKey(), post.getValue());
            assertThat(page.status()).as(post.getKey()).isEqualTo(403);
            assertThat(page.document().select("main h1").text()).isEqualTo("Not allowed");
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void anonymousRequestsWithAValidTokenAreStillSentToSignInAndChangeNothing() {
        String before = fingerprint();
        EditorSession anonymous = EditorSession.anonymous(port);
        String token =
                anonymous.getOk("/editor/sign-in").select("input[name=_csrf]").val();
        for (Map.Entry<String, List<Map.Entry<String, String>>> post : POSTS.entrySet()) {
            List<Map.Entry<String, String>> fields = new ArrayList<>(post.getValue());
            fields.add(Map.entry("_csrf", token));
            Page page = anonymous.post(post.getKey(), fields);
            assertThat(page.status()).as(post.getKey()).isEqualTo(302);
            assertThat(page.location()).as(post.getKey()).isEqualTo("/editor/sign-in");
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aSignedInEditorsRequestsWithoutTheirTokenAreRefusedAndChangeNothing() {
        EditorSession editor = EditorSession.signedIn(port, "security-editor", PASSWORD);
        String othersToken = EditorSession.anonymous(port)
                .getOk("/editor/sign-in")
                .select("input[name=_csrf]")
                .val();
        String before = fingerprint();
        for (Map.Entry<String, List<Map.Entry<String, String>>> post : POSTS.entrySet()) {
            assertThat(editor.post(post.getKey(), post.getValue()).status())
                    .as(post.getKey())
                    .isEqualTo(403);
            List<Map.Entry<String, String>> forged = new ArrayList<>(post.getValue());
            forged.add(Map.entry("_csrf", othersToken));
            assertThat(editor.post(post.getKey(), forged).status())
                    .as(post.getKey() + " with another session's token")
                    .isEqualTo(403);
        }
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(editor.get("/editor").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void signingOutNeedsTheTokenToo() {
        EditorSession editor = EditorSession.signedIn(port, "security-editor", PASSWORD);

        assertThat(editor.post("/editor/sign-out", List.of()).status()).isEqualTo(403);
        assertThat(editor.get("/editor").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/topics", "/entities", "/articles/" + SeedArticles.E, "/?q=shoigu", "/no-such-page"})
    void publicPagesStartNoSession(String path) {
        Page page = get(path);

        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void publicPagesOfferNoEditorLinksToReaders() {
        assertThat(getOk("/").select("a[href^=/editor]")).isEmpty();
        assertThat(getOk("/articles/" + SeedArticles.E).select("a[href^=/editor]"))
                .isEmpty();
    }

    @Test
    void noAccountExistsUntilOneIsMade() {
        // The migrations and the startup made none: the only account is the one this test class made.
        assertThat(jdbc.sql("select username from editor").query(String.class).list())
                .containsExactly("security-editor");
        for (String[] guess : new String[][] {{"admin", "admin"}, {"user", "password"}, {"editor", "editor"}}) {
            Page attempt = EditorSession.anonymous(port).signIn(guess[0], guess[1]);
            assertThat(attempt.location()).isEqualTo("/editor/sign-in?error=credentials");
        }
    }

    @Test
    void aWrongPasswordSaysSoWithoutSayingWhichPartWasWrong() {
        EditorSession session = EditorSession.anonymous(port);
        Page attempt = session.signIn("security-editor", "not the password");

        assertThat(attempt.location()).isEqualTo("/editor/sign-in?error=credentials");
        assertThat(session.getOk(attempt.location()).select("[role=alert]").text())
                .isEqualTo("Wrong username or password.");
        assertThat(EditorSession.anonymous(port)
                        .signIn("no-such-editor", "not the password")
                        .location())
                .isEqualTo(attempt.location());
    }

    @Test
    void afterFiveFailuresTheAccountIsLockedForThatAddressEvenWithTheRightPassword() {
        accounts.create("locked-editor", PASSWORD);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(EditorSession.anonymous(port)
                            .signIn("locked-editor", "guess " + i)
                            .location())
                    .isEqualTo("/editor/sign-in?error=credentials");
        }
        EditorSession owner = EditorSession.anonymous(port);
        Page refused = owner.signIn("LOCKED-EDITOR", PASSWORD);

        assertThat(refused.location()).isEqualTo("/editor/sign-in?error=locked");
        assertThat(owner.getOk(refused.location()).select("[role=alert]").text())
                .startsWith("Too many failed sign-ins");
        assertThat(owner.get("/editor").status()).isEqualTo(302);
        // Another account from the same address is not locked out with it.
        assertThat(EditorSession.anonymous(port)
                        .signIn("security-editor", PASSWORD)
                        .location())
                .isEqualTo("/editor");
    }

    /**
     * "İ" lowercases to two characters, and lowercasing 100,000 of them took seconds of CPU, three
     * times per sign-in: a 600 kB form, with a token anyone can fetch, kept a core busy for 15 s. The
     * limit leaves room for the password check and a busy machine.
     */
    @Test
    void aHugeUsernameIsRefusedWithoutKeepingTheServerBusy() {
        EditorSession session = EditorSession.anonymous(port);
        Document form = session.getOk("/editor/sign-in");
        long start = System.nanoTime();

        Page attempt = session.submit(
                form,
                "form[action=/editor/sign-in]",
                Map.of("username", "\u0130".repeat(100_000), "password", "not the password"));

        assertThat(attempt.location()).isEqualTo("/editor/sign-in?error=credentials");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void signingInGivesTheSessionANewId() {
        EditorSession session = EditorSession.anonymous(port);
        session.getOk("/editor/sign-in");
        String before = session.sessionId();

        assertThat(session.signIn("security-editor", PASSWORD).location()).isEqualTo("/editor");
        assertThat(before).isNotNull();
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSessionSoItsCookieOpensNothing() throws Exception {
        EditorSession editor = EditorSession.signedIn(port, "security-editor", PASSWORD);
        String oldSession = editor.sessionId();
        Page signedOut = editor.submit(editor.getOk("/editor"), "form[action=/editor/sign-out]", Map.of());

        assertThat(signedOut.location()).isEqualTo("/editor/sign-in?signed-out");
        HttpResponse<String> replay = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/editor"))
                                .header("Cookie", "JSESSIONID=" + oldSession)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(replay.statusCode()).isEqualTo(302);
        assertThat(replay.headers().firstValue("Location").orElseThrow()).endsWith("/editor/sign-in");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndSecureOverHttps() throws Exception {
        String overHttp = sessionCookie(false);
        String overHttps = sessionCookie(true);

        assertThat(overHttp).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(overHttps).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
    }

    /** The cookie set with the sign-in form, as a proxy that ended HTTPS would forward the request (or not). */
    private String sessionCookie(boolean https) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/editor/sign-in"));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
    }

    /** Everything an editor endpoint could change, in one string. */
    private String fingerprint() {
        return jdbc.sql("""
                select concat_ws(' / ',
                    (select string_agg(concat_ws(',', id, headline, event_date, published_date, hidden, version),
                                       ';' order by id) from article),
                    (select count(*) from article_topic), (select count(*) from article_entity),
                    (select count(*) from article_change), (select count(*) from editor),
                    (select string_agg(id || phrase, ';' order by id) from topic_rule))
                """).query(String.class).single();
    }
}
