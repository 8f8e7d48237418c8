package org.nkrtimeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteUrlTest {

    @Test
    void absoluteUrlsJoinTheConfiguredAddressAndThePath() {
        SiteUrl site = new SiteUrl("https://timeline.example.org/");

        assertThat(site.base()).isEqualTo("https://timeline.example.org");
        assertThat(site.absolute("/articles/x")).isEqualTo("https://timeline.example.org/articles/x");
        assertThat(site.absolute("/?topic=space")).isEqualTo("https://timeline.example.org/?topic=space");
    }

    @Test
    void aSiteUnderAPathKeepsIt() {
        assertThat(new SiteUrl(" https://example.org/nkr ").absolute("/topics"))
                .isEqualTo("https://example.org/nkr/topics");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "timeline.example.org", "ftp://example.org", "https://example.org/?a=b", "http://"})
    void anAddressThatIsNotAWebSiteIsRefusedAtStartup(String configured) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SiteUrl(configured))
                .withMessageContaining("timeline.site-url");
    }

    @Test
    void aPathMustBeAbsolute() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SiteUrl("http://localhost:8080").absolute("topics"));
    }
}
