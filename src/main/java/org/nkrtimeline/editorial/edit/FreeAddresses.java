package org.nkrtimeline.editorial.edit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free addresses for articles, for the import and for a headline edited before publication: the
 * slug, or the slug with the first free number appended, among the addresses no other article has or
 * had (V17's article_slug). Two transactions choosing an address at once would both find the same
 * one free and the second would fail on the unique key: a transaction-scoped advisory lock makes them
 * choose one after the other, the second seeing the first's choice once it commits.
 */
@Component
public class FreeAddresses {

    /** The advisory lock's key: any number no other lock of this database uses. */
    static final long CHOOSING_AN_ADDRESS = 0x61727469636c65L;

    private final JdbcClient jdbc;

    FreeAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param articleId the article that will have the address, whose own former addresses are free to
     *                  take back; null for a new article
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String free(String slug, Long articleId) {
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(CHOOSING_AN_ADDRESS)
                .query()
                .singleRow();
        String candidate = slug;
        for (int n = 2;
                jdbc.sql("select exists (select 1 from article_slug where slug = ? and article_id is distinct from ?)")
                        .param(candidate)
                        .param(articleId)
                        .query(Boolean.class)
                        .single();
                n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
