package org.nkrtimeline.entity;

import org.nkrtimeline.collection.CollectionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops this instance's copies of the gazetteer when the database's has changed (V30's
 * {@code gazetteer_version}, moved by triggers whoever writes): read on a schedule, so a change made
 * through another instance or by hand arrives within {@code timeline.gazetteer.check-interval}, and
 * at once after a change made here is committed.
 */
@Component
class GazetteerVersion {

    private static final Logger log = LoggerFactory.getLogger(GazetteerVersion.class);

    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;
    private final NameVariants variants;
    private Long seen;

    GazetteerVersion(JdbcClient jdbc, Gazetteer gazetteer, NameVariants variants) {
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
        this.variants = variants;
    }

    // Before the read index applies the change, so that nothing it triggers reads the old gazetteer.
    @TransactionalEventListener(classes = CollectionChanged.class, fallbackExecution = true)
    @Order(-1)
    void changedHere() {
        check();
    }

    @Scheduled(fixedDelayString = "${timeline.gazetteer.check-interval:2s}")
    synchronized void check() {
        try {
            long number = jdbc.sql("select number from gazetteer_version")
                    .query(Long.class)
                    .single();
            // The first read knows nothing of what was read before it: forgetting then costs one read.
            if (seen == null || number != seen) {
                gazetteer.forget();
                variants.forget();
            }
            seen = number;
        } catch (DataAccessException e) {
            // Keep what was read: the gazetteer changes rarely, and pages report the outage themselves.
            log.debug("Could not read the gazetteer's version", e);
        }
    }
}
