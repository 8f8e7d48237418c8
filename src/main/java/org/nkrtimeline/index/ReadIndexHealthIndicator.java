package org.nkrtimeline.index;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code readIndex} in the readiness group: down until the index is open and, if it had to be, built
 * from the database. (A rebuild asked for later keeps serving the old index until the new one is
 * complete, so readiness stays up.)
 */
@Component
class ReadIndexHealthIndicator implements HealthIndicator {

    private final ArticleIndex index;

    ReadIndexHealthIndicator(ArticleIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        return index.isReady() ? Health.up().build() : Health.down().build();
    }
}
