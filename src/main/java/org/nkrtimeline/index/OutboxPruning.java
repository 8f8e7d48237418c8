package org.nkrtimeline.index;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Removes the outbox's changes older than {@code timeline.index.keep-changes-days} (7), once an hour,
 * in every instance whichever index it keeps: an index further behind than that is rebuilt at its next
 * start ({@link OutboxFollower}). Not in the command-line commands, which run for moments.
 */
@Component
@ConditionalOnProperty(name = "timeline.index.enabled", matchIfMissing = true)
class OutboxPruning implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxPruning.class);

    private final IndexOutbox outbox;
    private final int keepDays;
    private ScheduledExecutorService schedule;
    private volatile boolean running;

    OutboxPruning(IndexOutbox outbox, @Value("${timeline.index.keep-changes-days:7}") int keepDays) {
        this.outbox = outbox;
        this.keepDays = keepDays;
    }

    @Override
    public void start() {
        running = true;
        schedule = IndexSchedule.start("outbox-pruning");
        schedule.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES);
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

    void prune() {
        try {
            if (outbox.prune(keepDays) > 0) {
                log.info("Removed the changes older than {} days from the outbox of the indexes", keepDays);
            }
        } catch (DataAccessException e) {
            log.debug("Could not prune the outbox of the indexes", e);
        }
    }
}
