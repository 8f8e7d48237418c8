package org.nkrtimeline.article;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schema refuses metadata that would make a page dishonest or unsafe. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ArticleConstraintsTest {

    @Autowired
    JdbcClient jdbc;

    private void insert(String extraColumns, String extraValues) {
        jdbc.sql("""
                insert into article (slug, headline, source_file, source_text, body_text, lede, word_count,
                                     content_hash%s)
                values ('test-article', 'A test article', 'test.txt', 'Text.', 'Text.', 'Text.', 1, 'test-hash'%s)
                """.formatted(extraColumns, extraValues)).update();
    }

    // Each test makes at most one insert that fails: a failed statement aborts the test's transaction.

    @Test
    void anEstimatedEventDateNeedsItsReason() {
        assertThatThrownBy(() -> insert(", event_date, event_date_estimated", ", date '2025-03-21', true"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("estimate_has_date_and_reason");
    }

    @Test
    void anEstimatedEventDateWithItsReasonIsAccepted() {
        assertThatCode(() -> insert(
                        ", event_date, event_date_estimated, event_date_note",
                        ", date '2025-03-21', true, 'Matches the reports of the visit.'"))
                .doesNotThrowAnyException();
    }

    @Test
    void aMonthPreciseDateIsTheFirstOfTheMonth() {
        assertThatThrownBy(() -> insert(", event_date, event_date_precision", ", date '2024-06-15', 'MONTH'"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("month_precision_is_first_of_month");
    }

    @Test
    void onlyAnEventAfterThePublicationCanBeAScheduledOne() {
        assertThatThrownBy(() -> insert(
                        ", event_date, published_date, event_scheduled",
                        ", date '2025-06-17', date '2025-06-17', true"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("scheduled_event_is_after_publication");
    }

    @Test
    void aScheduledEventWithNoPublicationDateIsRefused() {
        assertThatThrownBy(() -> insert(", event_date, event_scheduled", ", date '2025-07-17', true"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("scheduled_event_is_after_publication");
    }

    @Test
    void aScheduledEventAfterThePublicationIsAccepted() {
        assertThatCode(() -> insert(
                        ", event_date, published_date, event_scheduled",
                        ", date '2025-07-17', date '2025-06-17', true"))
                .doesNotThrowAnyException();
    }

    @Test
    void aSourceLinkMustBeAWebLink() {
        assertThatThrownBy(() -> insert(", event_date_source_url", ", 'javascript:alert(1)'"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("event_date_source_url");
    }

    @Test
    void everyReferenceMustBeAWebLink() {
        assertThatThrownBy(() -> insert(", reference_urls", ", array['https://example.org/a', 'data:text/html,x']"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("reference_urls");
    }

    @Test
    void webLinksAreAccepted() {
        assertThatCode(() -> insert(
                        ", event_date_source_url, reference_urls",
                        ", 'https://example.org/a', array['https://example.org/a', 'http://example.org/b']"))
                .doesNotThrowAnyException();
    }
}
