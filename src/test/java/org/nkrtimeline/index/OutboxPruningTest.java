package org.nkrtimeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox keeps a week of changes, whichever index an instance keeps, and records where it was
 * cut, so that an index further behind is rebuilt. (In the test's transaction, which is rolled back:
 * the other tests' indexes never see these changes.)
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(IndexOutbox.class)
class OutboxPruningTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndexOutbox outbox;

    private long change(String age) {
        return jdbc.sql("insert into index_change (article_id, changed_at) values (null, now() - cast(? as interval))"
                        + " returning seq")
                .param(age)
                .query(Long.class)
                .single();
    }

    @Test
    void changesOlderThanTheDaysKeptAreRemovedAndTheLastOneRemovedIsRecorded() {
        long eightDaysOld = change("8 days");
        long sixDaysOld = change("6 days");
        long recent = change("1 second");

        new OutboxPruning(outbox, 7).prune();

        List<Long> kept = jdbc.sql("select seq from index_change where seq >= ? order by seq")
                .param(eightDaysOld)
                .query(Long.class)
                .list();
        assertThat(kept).containsExactly(sixDaysOld, recent);
        assertThat(outbox.origin().pruned()).isEqualTo(new IndexPosition(eightDaysOld));
    }

    @Test
    void nothingOldEnoughLeavesTheRecordAsItWas() {
        IndexPosition before = outbox.origin().pruned();
        long recent = change("6 days");

        new OutboxPruning(outbox, 7).prune();

        assertThat(jdbc.sql("select count(*) from index_change where seq = ?")
                        .param(recent)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(outbox.origin().pruned()).isEqualTo(before);
    }
}
