package org.nkrtimeline.index;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code readIndex} in the readiness group: down until the index pages read can serve them. This
 * instance's read index: open and, if it had to be, built from the database (a rebuild asked for
 * later keeps serving the old index until the new one is complete, so readiness stays up). The
 * OpenSearch cluster's: its index holds an outbox position, so it was built, by this instance or
 * another.
 */
@Component
class ReadIndexHealthIndicator implements HealthIndicator {

    private final ReadIndex index;

    ReadIndexHealthIndicator(ReadIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        return index.isReady() ? Health.up().build() : Health.down().build();
    }
}
