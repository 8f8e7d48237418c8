package org.nkrtimeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.web.SecurityHeaders;

/**
 * The API may be read from any origin's scripts, without credentials; the pages stay same-origin.
 */
class ApiCorsTest extends ApiTest {

    static final String ELSEWHERE = "https://elsewhere.example";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/articles",
                "/api/v1/articles/" + SeedArticles.A,
                "/api/v1/topics",
                "/api/v1/entities",
                "/api/v1/openapi.json",
                "/api/v1/no-such-thing",
                "/api/v1/articles?limit=0"
            })
    void anyOriginMayReadTheApiWithoutCredentials(String path) {
        Answer answer = api(path, "Origin", ELSEWHERE);

        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(answer.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(answer.header("Cross-Origin-Resource-Policy")).isEqualTo("cross-origin");
        assertThat(answer.headers().allValues("Vary").toString()).containsIgnoringCase("Origin");
    }

    @Test
    void aPreflightForGetIsAllowedAndMayBeKeptForADay() {
        Answer answer = send("OPTIONS", "/api/v1/articles?topic=space", new String[] {
            "Origin",
            ELSEWHERE,
            "Access-Control-Request-Method",
            "GET",
            "Access-Control-Request-Headers",
            "accept, if-none-match"
        });

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(answer.header("Access-Control-Allow-Methods"))
                .contains("GET")
                .doesNotContain("POST");
        assertThat(answer.header("Access-Control-Allow-Headers")).containsIgnoringCase("if-none-match");
        assertThat(answer.header("Access-Control-Max-Age")).isEqualTo("86400");
    }

    @Test
    void aPreflightForAnythingButReadingIsRefused() {
        Answer answer = send("OPTIONS", "/api/v1/articles", new String[] {
            "Origin", ELSEWHERE, "Access-Control-Request-Method", "DELETE"
        });

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void thePagesAllowNoOtherOrigin() {
        Page page = get("/", "Origin", ELSEWHERE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(page.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
    }

    @Test
    void theApiKeepsTheSitesOtherSecurityHeaders() {
        Answer answer = api("/api/v1/topics");

        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(answer.header("Set-Cookie")).isNull();
    }
}
