package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.nkrtimeline.collection.CollectionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
 * app, whose directory they could not share.
 */
@Component
@ConditionalOnProperty(name = "timeline.index.enabled", matchIfMissing = true)
class Indexer implements SmartLifecycle {

    /** Changes read from the outbox at a time, and committed to the index together. */
    static final int BATCH = 5_000;

    /**
     * How long a request applying its own change tries again while the outbox is busy: another
     * instance reading it, or another transaction writing a change, holds it for moments.
     */
    private static final long BUSY_OUTBOX_WAIT_NANOS = 1_000_000_000L;

    /** How far a catch-up got. */
    private enum Outcome {
        CAUGHT_UP,
        /** Another reader of the outbox, or a change being written: the next try reads it. */
        OUTBOX_BUSY,
        /** A rebuild was asked for, which only the schedule runs. */
        REBUILD_LEFT_TO_THE_SCHEDULE
    }

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);

    private final ArticleIndex index;
    private final IndexOutbox outbox;
    private final Duration pollInterval;
    private final int keepDays;
    private ScheduledExecutorService schedule;
    private volatile boolean running;
    private volatile boolean outage;
    private IndexPosition position;
    /** Held while the index is written: by the schedule, or by a request applying its own change. */
    private final ReentrantLock writing = new ReentrantLock();

    Indexer(
            ArticleIndex index,
            IndexOutbox outbox,
            @Value("${timeline.index.poll-interval:250ms}") Duration pollInterval,
            @Value("${timeline.index.keep-changes-days:7}") int keepDays) {
        this.index = index;
        this.outbox = outbox;
        this.pollInterval = pollInterval;
        this.keepDays = keepDays;
    }

    @Override
    public void start() {
        try {
            IndexOutbox.Origin origin = outbox.origin();
            ArticleIndex.Found found = index.open(origin.id());
            if (found instanceof ArticleIndex.Found.Usable usable) {
                position = usable.position();
                if (position.isBefore(origin.pruned())) {
                    rebuild("the outbox no longer holds every change since the index was last written");
                } else if (origin.last().isBefore(position)) {
                    rebuild("the index is ahead of the database (restored from an older backup?)");
                } else {
                    catchUpBeforeServing();
                }
            } else {
                rebuild(((ArticleIndex.Found.Unusable) found).reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the read index", e);
        }
        index.onCatchUp(this::catchUpWithEverything);
        index.markReady();
        running = true;
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-index");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(
                () -> poll(true), pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        schedule.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        running = false;
        if (schedule != null) {
            schedule.shutdownNow();
            try {
                schedule.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
                while (catchUp(background) == Outcome.OUTBOX_BUSY && System.nanoTime() < deadline) {
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
                List<IndexOutbox.Change> pending = outbox.changesAfter(position, 1);
                if (pending != null && pending.isEmpty()) {
                    return;
                }
                if (pending == null) {
                    Thread.sleep(20);
                } else {
                    catchUp(true);
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

    /**
     * At startup the outbox may be busy for a moment (a writer, or another instance reading it): waits
     * for it rather than serving pages from an index that misses a change.
     */
    private void catchUpBeforeServing() throws IOException {
        while (catchUp(true) != Outcome.CAUGHT_UP) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the read index caught up", e);
            }
        }
    }

    /**
     * Applies every change after the index's position, in batches; a change of every article rebuilds
     * it, in the background only ({@code mayRebuild}). It stops at changes being written, or at another
     * reader of the outbox: a later try reads them once they are final.
     */
    private Outcome catchUp(boolean mayRebuild) throws IOException {
        while (true) {
            List<IndexOutbox.Change> changes = outbox.changesAfter(position, BATCH);
            if (changes == null) {
                return Outcome.OUTBOX_BUSY;
            }
            if (changes.isEmpty()) {
                return Outcome.CAUGHT_UP;
            }
            IndexPosition last = changes.get(changes.size() - 1).position();
            if (changes.stream().anyMatch(change -> change.articleId() == null)) {
                if (!mayRebuild) {
                    return Outcome.REBUILD_LEFT_TO_THE_SCHEDULE;
                }
                // The rebuild's snapshot is later than the request, so its position is past it.
                rebuild("a rebuild was asked for (the reindex command, or a truncate)");
                continue;
            }
            Set<Long> ids = changes.stream()
                    .map(IndexOutbox.Change::articleId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            List<IndexedArticle> articles = outbox.articles(ids);
            Set<Long> removed = new LinkedHashSet<>(ids);
            articles.forEach(article -> removed.remove(article.id()));
            index.apply(articles, removed, last);
            position = last;
        }
    }

    /** Replaces the whole index with the database's articles. */
    void rebuild(String reason) throws IOException {
        long started = System.nanoTime();
        log.info("Building the read index from the database: {}", reason);
        IndexPosition from = finalPosition();
        IndexPosition built = outbox.everything(from, everything -> {
            long step = Math.max(10_000, everything.count() / 10);
            try {
                index.replaceAll(everything.articles(), everything.position(), written -> {
                    if (written % step == 0) {
                        log.info("Read index: {} of {} articles", written, everything.count());
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return everything.position();
        });
        position = built;
        log.info(
                "The read index holds {} articles ({} MB, segments: {}), built in {} ms",
                index.read(IndexReading::articles),
                index.sizeOnDisk() / (1024 * 1024),
                index.read(IndexReading::segments),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The last change, once no transaction is writing one (the import of many articles may take a while). */
    private IndexPosition finalPosition() {
        long started = System.nanoTime();
        boolean told = false;
        while (true) {
            IndexPosition last = outbox.lastChange();
            if (last != null) {
                return last;
            }
            if (!told && System.nanoTime() - started > 5_000_000_000L) {
                log.info("The read index waits for the transactions writing articles to end");
                told = true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to build the read index", e);
            }
        }
    }

    private void prune() {
        try {
            outbox.prune(keepDays);
        } catch (DataAccessException e) {
            log.debug("Could not prune the outbox of the read index", e);
        }
    }
}
