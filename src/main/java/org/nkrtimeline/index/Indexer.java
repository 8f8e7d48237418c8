package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.nkrtimeline.collection.CollectionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this instance's {@link ArticleIndex} up to date with the database. At startup, before the web
 * server takes requests, it opens the index and reads the outbox on from the index's position; a
 * missing, unreadable or outdated index, or one older than the outbox, is rebuilt from the database
 * (with progress in the log). Then it reads the outbox every {@code timeline.index.poll-interval}
 * (250 ms), so a change made anywhere reaches this instance's pages well within 2 seconds; a change
 * made through this instance is applied as soon as it is committed, before its response is sent.
 * Not in the command-line commands ({@code timeline.index.enabled=false}): they leave the index to the
 * app, whose directory they could not share; nor where pages read the OpenSearch cluster's index.
 */
@Component
@ConditionalOnExpression("${timeline.index.enabled:true} and " + PagesRead.OWN_INDEX)
class Indexer implements SmartLifecycle {

    /**
     * How long a request applying its own change tries again while the outbox is busy: another
     * instance reading it, or another transaction writing a change, holds it for moments.
     */
    private static final long BUSY_OUTBOX_WAIT_NANOS = 1_000_000_000L;

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);

    private final ArticleIndex index;
    private final IndexOutbox outbox;
    private final Duration pollInterval;
    private ScheduledExecutorService schedule;
    private volatile boolean running;
    private volatile boolean outage;
    private final OutboxFollower follower;
    /** Held while the index is written: by the schedule, or by a request applying its own change. */
    private final ReentrantLock writing = new ReentrantLock();

    Indexer(
            ArticleIndex index,
            IndexOutbox outbox,
            @Value("${timeline.index.poll-interval:250ms}") Duration pollInterval) {
        this.index = index;
        this.outbox = outbox;
        this.follower = new OutboxFollower(index, outbox);
        this.pollInterval = pollInterval;
    }

    @Override
    public void start() {
        try {
            follower.open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the read index", e);
        }
        index.onCatchUp(this::catchUpWithEverything);
        index.markReady();
        running = true;
        schedule = IndexSchedule.start("read-index");
        schedule.scheduleWithFixedDelay(
                () -> poll(true), pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        IndexSchedule.stop(schedule);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts (and so before any page is served), and stopped after it. */
    @Override
    public int getPhase() {
        return 0;
    }

    /**
     * A change committed through this instance: applied before the response that made it is sent
     * (unless a rebuild is under way, which then covers it; a request never waits for one). While the
     * outbox is busy it tries again, for up to a second; after that the next poll applies it.
     */
    @TransactionalEventListener(classes = CollectionChanged.class, fallbackExecution = true)
    @Order(0)
    void changedHere() {
        if (running) {
            poll(false);
        }
    }

    private void poll(boolean background) {
        try {
            if (background) {
                writing.lock();
            } else if (!writing.tryLock(1, TimeUnit.SECONDS)) {
                return;
            }
            try {
                // The schedule reads a busy outbox at its next poll; a request applying its own change waits.
                long deadline = System.nanoTime() + (background ? 0 : BUSY_OUTBOX_WAIT_NANOS);
                while (follower.catchUp(background) == OutboxFollower.Outcome.OUTBOX_BUSY
                        && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            } finally {
                writing.unlock();
            }
            if (outage) {
                outage = false;
                log.info("The read index reads the database's changes again");
            }
        } catch (DataAccessException e) {
            if (!outage) {
                outage = true;
                log.warn(
                        "The read index cannot read the database's changes; pages show the index as it is"
                                + " until the database is back ({})",
                        e.getMostSpecificCause().toString());
            }
        } catch (IOException | RuntimeException e) {
            log.error("The read index could not apply the database's changes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until every change recorded before the call is applied (for {@link ArticleIndex#catchUp}):
     * for a writer still in flight, and for a poll under way, up to 10 seconds.
     */
    private void catchUpWithEverything() {
        long deadline = System.nanoTime() + 10_000_000_000L;
        writing.lock();
        try {
            while (System.nanoTime() < deadline) {
                List<IndexOutbox.Change> pending = outbox.changesAfter(follower.position(), 1);
                if (pending != null && pending.isEmpty()) {
                    return;
                }
                if (pending == null) {
                    Thread.sleep(20);
                } else {
                    follower.catchUp(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writing.unlock();
        }
    }
}
