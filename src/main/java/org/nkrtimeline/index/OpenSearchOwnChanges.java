package org.nkrtimeline.index;

import java.time.Duration;
import org.nkrtimeline.collection.CollectionChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Where pages read the OpenSearch cluster's index, a change made through this instance (an editor's
 * save, an import) is searchable there before the response that made it is sent, as it is in a read
 * index of this instance's own: the next page shows it. It asks this instance's writer to read the
 * outbox at once (when this instance is the one writing), then waits for the index's position to
 * reach the change, for at most 3 seconds: a cluster that cannot be written meanwhile delays the
 * response no longer, and the change is applied when it can be. Not in the command-line commands.
 */
@Component
@ConditionalOnExpression("${timeline.index.enabled:true} and " + PagesRead.OPENSEARCH)
class OpenSearchOwnChanges {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(3);

    private static final Logger log = LoggerFactory.getLogger(OpenSearchOwnChanges.class);

    private final OpenSearchReads reads;
    private final IndexOutbox outbox;
    private final ObjectProvider<OpenSearchIndexer> writer;

    OpenSearchOwnChanges(OpenSearchReads reads, IndexOutbox outbox, ObjectProvider<OpenSearchIndexer> writer) {
        this.reads = reads;
        this.outbox = outbox;
        this.writer = writer;
    }

    @TransactionalEventListener(classes = CollectionChanged.class, fallbackExecution = true)
    @Order(0)
    void changedHere() {
        long change;
        try {
            change = outbox.lastCommitted();
        } catch (DataAccessException e) {
            return;
        }
        writer.ifAvailable(OpenSearchIndexer::pollNow);
        if (!reads.awaitPosition(change, LONGEST_WAIT)) {
            log.info(
                    "A change made here (outbox position {}) was not searchable in OpenSearch after {} s;"
                            + " its response is sent, and pages show it once it is",
                    change,
                    LONGEST_WAIT.toSeconds());
        }
    }
}
