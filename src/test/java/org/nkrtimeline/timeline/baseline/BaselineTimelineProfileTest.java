package org.nkrtimeline.timeline.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nkrtimeline.support.WebTest;

/** The benchmark's baseline is no public page: without the bench profile, its address is not found. */
class BaselineTimelineProfileTest extends WebTest {

    @Test
    void withoutTheBenchProfileTheBaselineIsNotFound() {
        assertThat(get("/bench/b1").status()).isEqualTo(404);
        assertThat(get("/").status()).isEqualTo(200);
    }
}
