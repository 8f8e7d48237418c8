package org.nkrtimeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;

/**
 * Every kind of page, error pages included, and whether rendered or from the page cache, carries
 * the same strict security headers and no server version.
 */
class SecurityHeadersTest extends WebTest {

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "/, 200",
        "/?topic=space&order=desc, 200",
        "/?q=shoigu, 200",
        "/articles/" + SeedArticles.C + ", 200",
        "/topics, 200",
        "/entities, 200",
        "/entities/sergei-shoigu, 200",
        "/editor/sign-in, 200",
        "/editor, 302",
        "/articles/no-such-article, 404",
        "/no/such/page, 404",
        "/?from=2024-02-30, 400",
        "/a%00b, 400",
        "/?axis=event, 302"
    })
    void everyPageCarriesTheSecurityHeadersAndNoServerVersion(String address, int status) {
        Page rendered = get(address);
        Page again = get(address);

        assertThat(rendered.status()).as(address).isEqualTo(status);
        assertSecure(address, rendered.headers());
        assertSecure(address + ", asked again", again.headers());
    }

    @ParameterizedTest
    @CsvSource({"/?topic=arms", "/articles/" + SeedArticles.A, "/no/such/page", "/a%00b"})
    void overHttpsBehindAProxyPagesAlsoAskForHttpsFromNowOn(String address) {
        Page overHttp = get(address);
        Page overHttps = get(address, "X-Forwarded-Proto", "https");
        Page overHttpAgain = get(address);

        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(overHttps.headers().allValues("Strict-Transport-Security"))
                .containsExactly("max-age=31536000 ; includeSubDomains");
        assertThat(overHttpAgain.headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
    }

    private static void assertSecure(String what, HttpHeaders headers) {
        assertThat(headers.allValues("Content-Security-Policy"))
                .as(what)
                .containsExactly("default-src 'self'; object-src 'none'; base-uri 'none';"
                        + " frame-ancestors 'none'; form-action 'self'");
        assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
        assertThat(headers.allValues("Cross-Origin-Resource-Policy")).as(what).containsExactly("same-origin");
        assertThat(headers.firstValue("Server")).as(what).isEmpty();
        assertThat(headers.firstValue("X-Powered-By")).as(what).isEmpty();
        assertThat(headers.firstValue("Strict-Transport-Security"))
                .as(what + ": plain HTTP")
                .isEmpty();
    }
}
