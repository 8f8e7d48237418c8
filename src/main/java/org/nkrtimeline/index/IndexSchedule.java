package org.nkrtimeline.index;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The thread an indexer reads the outbox on: a daemon, so that it never holds the JVM up. */
final class IndexSchedule {

    private IndexSchedule() {}

    static ScheduledExecutorService start(String threadName) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Stops it, letting the work under way end (up to 10 s): a batch is written whole or not at all. */
    static void stop(ScheduledExecutorService schedule) {
        if (schedule == null) {
            return;
        }
        schedule.shutdownNow();
        try {
            schedule.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
