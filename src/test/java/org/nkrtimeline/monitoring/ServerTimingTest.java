package org.nkrtimeline.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

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
        Page cached = get("/?topic=space");
        Page article = get("/articles/" + SeedArticles.B + "?q=kim");

        assertThat(rendered.headers().firstValue("Server-Timing")).contains("sql;desc=\"3 statements\"");
        assertThat(cached.headers().firstValue("Server-Timing")).contains("sql;desc=\"0 statements\"");
        assertThat(cached.html()).isEqualTo(rendered.html());
        assertThat(article.headers().firstValue("Server-Timing")).contains("sql;desc=\"3 statements\"");
    }

    @Test
    void errorPagesAreCountedToo() {
        Page missing = get("/articles/no-such-article");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Server-Timing"))
                .get()
                .asString()
                .matches("sql;desc=\"\\d+ statements\"");
    }
}
