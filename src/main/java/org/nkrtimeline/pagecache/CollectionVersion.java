package org.nkrtimeline.pagecache;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.nkrtimeline.collection.CollectionChanged;
import org.nkrtimeline.index.ReadIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The collection's version as this instance last read it (V13's {@code collection_version}, moved
 * by triggers on every change readers could see). Read on a schedule rather than per request, so a
 * cached page costs no SQL at all: a change made elsewhere (another instance, the command-line
 * import) reaches this instance's pages within {@code timeline.page-cache.check-interval}. Changes
 * made through this instance are seen at once: they announce themselves ({@link CollectionChanged})
 * and the version is read again as soon as they are committed.
 */
class CollectionVersion {

    private static final Logger log = LoggerFactory.getLogger(CollectionVersion.class);

    /** @param lastModified when readers' pages last changed: the collection's last change, or this start */
    record Snapshot(long number, Instant lastModified) {}

    private final JdbcClient jdbc;
    private final ReadIndex pages;
    // Pages also change when the application does (a new release), so they are never older than its start.
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private volatile Snapshot current;

    /** @param pages the index the timeline's pages read: this instance's, or the OpenSearch cluster's */
    CollectionVersion(JdbcClient jdbc, ReadIndex pages) {
        this.jdbc = jdbc;
        this.pages = pages;
    }

    /**
     * The version last read, moved on by every change the index pages read makes searchable (this
     * instance's read index, or the OpenSearch cluster's): a page rendered before the index caught up
     * with a change is then not served once it has. Null if the database could not be read yet (then
     * nothing is cached).
     */
    Snapshot current() {
        Snapshot snapshot = current;
        if (snapshot == null && (snapshot = refresh()) == null) {
            return null;
        }
        // Both only grow, so the sum changes whenever either does.
        return new Snapshot(snapshot.number() + pages.version(), snapshot.lastModified());
    }

    @TransactionalEventListener(classes = CollectionChanged.class, fallbackExecution = true)
    void changedHere() {
        refresh();
    }

    @Scheduled(fixedDelayString = "${timeline.page-cache.check-interval:2s}")
    Snapshot refresh() {
        try {
            Snapshot read = jdbc.sql("select number, changed_at from collection_version")
                    .query((rs, n) -> {
                        Instant changed =
                                rs.getTimestamp("changed_at").toInstant().truncatedTo(ChronoUnit.SECONDS);
                        return new Snapshot(rs.getLong("number"), changed.isAfter(started) ? changed : started);
                    })
                    .single();
            current = read;
            return read;
        } catch (DataAccessException e) {
            // The pages themselves will report the outage; cached ones are still right to serve.
            log.debug("Could not read the collection's version", e);
            return current;
        }
    }
}
