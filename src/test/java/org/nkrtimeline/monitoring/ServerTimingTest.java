package org.nkrtimeline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.SeedArticles;
import org.nkrtimeline.support.WebTest;
import org.springframework.test.context.TestPropertySource;

/** With the flag the benchmark sets, each response says how many SQL statements it took. */
@TestPropertySource(properties = "timeline.server-timing.enabled=true")
class ServerTimingTest extends WebTest {

    @Test
    void eachResponseCountsItsOwnStatementsAndACachedPageNone() {
        get("/articles/" + SeedArticles.A);

        Page rendered = get("/?topic=space");
        // Asked again until served from the cache: the read index may apply a change in between.
        Page cached = await().atMost(Duration.ofSeconds(2))
                .until(
                        () -> get("/?topic=space"),
                        page -> page.headers()
                                .firstValue("Server-Timing")
                                .orElseThrow()
                                .contains("desc=\"0 statements\""));
        Page article = get("/articles/" + SeedArticles.B + "?q=kim");

        assertThat(rendered.headers().firstValue("Server-Timing"))
                .get()
                .asString()
                .matches("index;dur=[0-9.]+;desc=\"4 queries\", "
                        + "sql;dur=[0-9.]+;desc=\"3 statements\", render;dur=[0-9.]+");
        assertThat(cached.headers().firstValue("Server-Timing"))
                .get()
                .asString()
                .contains("desc=\"0 queries\"")
                .contains("desc=\"0 statements\"");
        assertThat(cached.html()).isEqualTo(rendered.html());
        assertThat(article.headers().firstValue("Server-Timing"))
                .get()
                .asString()
                .contains("desc=\"9 queries\"")
                .contains("desc=\"3 statements\"");
    }

    @Test
    void errorPagesAreCountedToo() {
        Page missing = get("/articles/no-such-article");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Server-Timing"))
                .get()
                .asString()
                .matches("index;dur=[0-9.]+;desc=\"\\d+ queries\", "
                        + "sql;dur=[0-9.]+;desc=\"\\d+ statements\", render;dur=[0-9.]+");
    }
}
