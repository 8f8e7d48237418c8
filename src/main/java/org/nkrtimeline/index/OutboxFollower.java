package org.nkrtimeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an {@link IndexTarget} up to date with the outbox (V20) and keeps it there: opens it, reads
 * the outbox on from its position, and rebuilds it from the database where it is missing, unreadable,
 * built from another database, older than the outbox or ahead of it, or where a rebuild was asked
 * for. Its caller writes one batch at a time (it is not thread-safe).
 */
final class OutboxFollower {

    /** Changes read from the outbox at a time, and written to the index together. */
    static final int BATCH = 5_000;

    /** How far a catch-up got. */
    enum Outcome {
        CAUGHT_UP,
        /** Another reader of the outbox, or a change being written: the next try reads it. */
        OUTBOX_BUSY,
        /** A rebuild was asked for, and this catch-up may not run one. */
        REBUILD_LEFT_TO_THE_SCHEDULE
    }

    private static final Logger log = LoggerFactory.getLogger(OutboxFollower.class);

    private final IndexTarget index;
    private final IndexOutbox outbox;
    // Written by one thread at a time, read by others (Indexer.catchUpWithEverything, OpenSearchIndexer).
    private volatile IndexPosition position;

    OutboxFollower(IndexTarget index, IndexOutbox outbox) {
        this.index = index;
        this.outbox = outbox;
    }

    /** The last change in the index. */
    IndexPosition position() {
        return position;
    }

    /** Opens the index and returns once it holds every change recorded before (rebuilding it if needed). */
    void open() throws IOException {
        IndexOutbox.Origin origin = outbox.origin();
        IndexTarget.Found found = index.open(origin.id());
        if (found instanceof IndexTarget.Found.Usable usable) {
            position = usable.position();
            if (position.isBefore(origin.pruned())) {
                rebuild("the outbox no longer holds every change since the index was last written");
            } else if (origin.last().isBefore(position)) {
                rebuild("the index is ahead of the database (restored from an older backup?)");
            } else {
                catchUpUntilDone();
            }
        } else {
            rebuild(((IndexTarget.Found.Unusable) found).reason());
        }
    }

    /** The outbox may be busy for a moment (a writer, or another reader): waits for it. */
    private void catchUpUntilDone() throws IOException {
        while (catchUp(true) != Outcome.CAUGHT_UP) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while " + index.name() + " caught up", e);
            }
        }
    }

    /**
     * Applies every change after the index's position, in batches; a change of every article rebuilds
     * it, only where {@code mayRebuild}. It stops at changes being written, or at another reader of the
     * outbox: a later try reads them once they are final.
     */
    Outcome catchUp(boolean mayRebuild) throws IOException {
        while (true) {
            IndexOutbox.Pending pending = outbox.pendingAfter(position, BATCH);
            if (pending instanceof IndexOutbox.Pending.Busy) {
                return Outcome.OUTBOX_BUSY;
            }
            if (pending instanceof IndexOutbox.Pending.UpToDate) {
                return Outcome.CAUGHT_UP;
            }
            if (pending instanceof IndexOutbox.Pending.Changes changes) {
                index.apply(changes.articles(), changes.removed(), changes.last());
                position = changes.last();
            } else if (mayRebuild) {
                // The rebuild's snapshot is later than the request, so its position is past it.
                rebuild("a rebuild was asked for (the reindex command, or a truncate)");
            } else {
                return Outcome.REBUILD_LEFT_TO_THE_SCHEDULE;
            }
        }
    }

    /** Replaces the whole index with the database's articles. */
    void rebuild(String reason) throws IOException {
        long started = System.nanoTime();
        log.info("Building {} from the database: {}", index.name(), reason);
        String name = index.title();
        IndexPosition from = finalPosition();
        position = outbox.everything(from, everything -> {
            long step = Math.max(10_000, everything.count() / 10);
            try {
                index.replaceAll(everything.articles(), everything.position(), written -> {
                    if (written % step == 0) {
                        log.info("{}: {} of {} articles", name, written, everything.count());
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return everything.position();
        });
        log.info("{} holds {}, built in {} ms", name, index.summary(), (System.nanoTime() - started) / 1_000_000);
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
                log.info("{} waits for the transactions writing articles to end", index.title());
                told = true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting to build " + index.name(), e);
            }
        }
    }
}
