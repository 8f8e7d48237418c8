package org.nkrtimeline.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Keeps the {@link OpenSearchIndex} up to date with the database, when {@code timeline.opensearch.url}
 * names a cluster: it opens (or builds) the index, then reads the outbox every
 * {@code timeline.index.poll-interval} (250 ms), so a change made anywhere is in OpenSearch well within
 * 2 seconds. It works in the background: pages never wait for it, and an unreachable cluster only
 * delays the index, which catches up from its position once the cluster is back. One instance writes
 * at a time ({@link OpenSearchWriterLock}); the others stand by.
 */
@Component
@ConditionalOnExpression("'${timeline.opensearch.url:}' != '' and ${timeline.index.enabled:true}")
class OpenSearchIndexer implements SmartLifecycle, MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchIndexer.class);

    private final OpenSearchIndex index;
    private final OutboxFollower follower;
    private final Duration pollInterval;
    private volatile ScheduledExecutorService schedule;
    private volatile boolean running;
    private volatile boolean open;
    /** When the index last held every change recorded (System.nanoTime()); 0: not yet. */
    private volatile long upToDateAt;

    private boolean outage;
    private final OpenSearchWriterLock writer;
    private boolean standingBy;

    OpenSearchIndexer(
            IndexOutbox outbox,
            DataSource dataSource,
            ObjectMapper json,
            @Value("${timeline.opensearch.url}") String url,
            @Value("${timeline.opensearch.username:}") String username,
            @Value("${timeline.opensearch.password:}") String password,
            @Value("${timeline.opensearch.index:timeline-articles}") String alias,
            @Value("${timeline.index.poll-interval:250ms}") Duration pollInterval) {
        this.index = new OpenSearchIndex(url, username, password, alias, json);
        this.follower = new OutboxFollower(index, outbox);
        this.pollInterval = pollInterval;
        this.writer = new OpenSearchWriterLock(dataSource);
    }

    @Override
    public void start() {
        running = true;
        schedule = IndexSchedule.start("opensearch-index");
        schedule.scheduleWithFixedDelay(this::poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        IndexSchedule.stop(schedule);
        writer.release();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the read index's {@link Indexer}: the pages' own index comes first. */
    @Override
    public int getPhase() {
        return 1;
    }

    /**
     * {@code timeline.opensearch.behind}: seconds since the index last held every change recorded
     * (a fraction of a second while all is well; growing while the cluster cannot be written); NaN
     * before it was first up to date.
     */
    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("timeline.opensearch.behind", this, OpenSearchIndexer::secondsBehind)
                .baseUnit("seconds")
                .description("Time since the OpenSearch index last held every change")
                .register(registry);
    }

    double secondsBehind() {
        long at = upToDateAt;
        return at == 0 ? Double.NaN : (System.nanoTime() - at) / 1e9;
    }

    /**
     * Reads the outbox now rather than at the next poll (after the one under way, if any), for a
     * change made through this instance ({@link OpenSearchOwnChanges}). A standby instance does
     * nothing: the writing instance reads it at its next poll.
     */
    void pollNow() {
        ScheduledExecutorService current = schedule;
        if (running && current != null) {
            try {
                current.execute(this::poll);
            } catch (RejectedExecutionException e) {
                // Stopping: the writer that takes over reads the change.
            }
        }
    }

    /** The last change in the index; null until it is open. */
    IndexPosition position() {
        return open ? follower.position() : null;
    }

    private void poll() {
        if (!writer.tryHold()) {
            if (!standingBy) {
                standingBy = true;
                log.info("{} is written by another instance; this one stands by", index.title());
            }
            return;
        }
        if (standingBy) {
            standingBy = false;
            log.info("{} is written by this instance now", index.title());
        }
        try {
            if (open) {
                if (follower.catchUp(true) == OutboxFollower.Outcome.CAUGHT_UP) {
                    upToDateAt = System.nanoTime();
                }
            } else {
                follower.open();
                open = true;
                upToDateAt = System.nanoTime();
                log.info(
                        "{} is up to date (change {})",
                        index.title(),
                        follower.position().seq());
            }
            if (outage) {
                outage = false;
                log.info("{} is written again", index.title());
            }
        } catch (IOException | UncheckedIOException | RestClientException | DataAccessException e) {
            // Opened again at the next try: the cluster, or the index, may have been replaced meanwhile.
            open = false;
            if (e instanceof DataAccessException) {
                // The database may have restarted: the lock is asked for again, on a new session.
                writer.release();
            }
            if (!outage) {
                outage = true;
                log.warn(
                        "{} cannot be written ({}); trying again every {} ms",
                        index.title(),
                        e.toString(),
                        pollInterval.toMillis());
            }
        } catch (RuntimeException e) {
            open = false;
            log.error("{} could not apply the database's changes", index.title(), e);
        }
    }
}
