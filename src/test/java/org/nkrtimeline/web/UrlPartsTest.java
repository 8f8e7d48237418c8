package org.nkrtimeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact bytes of the site's links: shared and bookmarked addresses must keep working. */
class UrlPartsTest {

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            space                   | space                         | space
            mutual defense          | mutual+defense                | mutual%20defense
            a+b                     | a%2Bb                         | a%2Bb
            "kim jong" -putin       | %22kim+jong%22+-putin         | %22kim%20jong%22%20-putin
            it's (so)~!*            | it%27s+%28so%29%7E%21*        | it%27s%20%28so%29%7E%21*
            a/b?c=d&e#f%            | a%2Fb%3Fc%3Dd%26e%23f%25      | a%2Fb%3Fc%3Dd%26e%23f%25
            Шойгу é                 | %D0%A8%D0%BE%D0%B9%D0%B3%D1%83+%C3%A9 | %D0%A8%D0%BE%D0%B9%D0%B3%D1%83%20%C3%A9
            """)
    void queryValuesAreFormEncodedAndPathSegmentsWriteASpaceAsPercent20(String text, String query, String segment) {
        assertThat(UrlParts.queryValue(text)).isEqualTo(query);
        assertThat(UrlParts.pathSegment(text)).isEqualTo(segment);
    }
}
