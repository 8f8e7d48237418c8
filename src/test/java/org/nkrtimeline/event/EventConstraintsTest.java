package org.nkrtimeline.event;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The schema refuses what would make an event page wrong, whoever writes. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class EventConstraintsTest {

    @Autowired
    JdbcClient jdbc;

    private long newEvent(String dates) {
        return jdbc.sql("""
                        insert into event (slug, title, summary, event_date, event_end_date, event_date_precision)
                        values ('another-event', 'Another event', 'Written by an editor.', %s)
                        returning id
                        """.formatted(dates)).query(Long.class).single();
    }

    // Each test makes at most one insert that fails: a failed statement aborts the test's transaction.

    @Test
    void anArticleReportsAtMostOneEvent() {
        long another = newEvent("date '2023-09-13', null, 'DAY'");

        assertThatThrownBy(() -> jdbc.sql("""
                        insert into event_report (event_id, article_id, role)
                        select :event, id, 'follow_up' from article where source_file = '000_9fdcb7eda448ad73.txt'
                        """).param("event", another).update())
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("event_report_pkey");
    }

    @Test
    void aRoleIsOneOfTheFive() {
        long another = newEvent("date '2023-09-13', null, 'DAY'");

        assertThatThrownBy(() -> jdbc.sql("""
                        insert into event_report (event_id, article_id, role)
                        values (:event, (select max(id) from article) + 1000, 'scoop')
                        """).param("event", another).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("event_report_role_check");
    }

    @Test
    void aRangeEndsAfterItStarts() {
        assertThatThrownBy(() -> newEvent("date '2023-09-19', date '2023-09-12', 'DAY'"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("event_end_after_start");
    }

    @Test
    void aMonthPreciseRangeRunsFromFirstToFirst() {
        assertThatThrownBy(() -> newEvent("date '2024-06-01', date '2024-07-15', 'MONTH'"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("event_month_precision_is_first_of_month");
    }
}
